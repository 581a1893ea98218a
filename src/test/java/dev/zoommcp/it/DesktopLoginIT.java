package dev.zoommcp.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.zoommcp.support.ZoomFake;
import io.vertx.core.json.JsonObject;

/**
 * The desktop sign-in with the packaged jar, as a user runs it: {@code java -jar zoom-recordings-mcp.jar login} with
 * the redirected address pasted into it; then two stdio servers spawned on the same login file, whose token is about
 * to expire, answer calls without a token at the same moment: exactly one of them renews it (the fake Zoom accepts the
 * refresh token once, as Zoom does) and both use the rotated pair; {@code logout} removes it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DesktopLoginIT {

    private static final String JAR = System.getProperty("app.uber-jar", "target/zoom-recordings-mcp.jar");
    private static final JsonObject CLIENT = new JsonObject().put("protocolVersion", "2025-06-18")
            .put("capabilities", new JsonObject()).put("clientInfo", new JsonObject().put("name", "it").put("version", "1"));

    private static final ZoomFake ZOOM = new ZoomFake();
    private static Map<String, String> env;
    private static Path loginFile;

    @BeforeAll
    static void start() throws IOException {
        Map<String, String> fake = ZOOM.start();
        ZoomFake.loadSandbox();
        loginFile = Files.createTempDirectory("zoom-login-it").resolve("config/login.json");
        env = new HashMap<>(Map.of("ZOOM_API_URL", fake.get("zoom.api-url"), "ZOOM_OAUTH_URL", fake.get("zoom.oauth-url"),
                "ZOOM_DOWNLOAD_PRIVATE_REDIRECT_HOSTS", "127.0.0.1:" + ZoomFake.zoom().port(),
                "ZOOM_LOGIN_FILE", loginFile.toString()));
    }

    @AfterAll
    static void stop() {
        ZOOM.stop();
    }

    @Test
    @Order(1)
    void loginWithAPastedAddressStoresThePair() throws Exception {
        ZoomFake.zoom().stubFor(post(urlPathEqualTo("/oauth/token")).atPriority(1)
                .withRequestBody(containing("grant_type=authorization_code"))
                .withRequestBody(containing("code=it-code")).withRequestBody(containing("code_verifier="))
                .willReturn(okJson("{\"access_token\":\"it-access-expiring\",\"token_type\":\"bearer\","
                        + "\"refresh_token\":\"it-refresh-1\",\"expires_in\":30}")));
        Map<String, String> withApp = new HashMap<>(env);
        withApp.putAll(Map.of("ZOOM_CLIENT_ID", "demo-client-id", "ZOOM_CLIENT_SECRET", "demo-client-secret"));
        Command login = Command.start(withApp, "login", "--no-browser", "--redirect-uri=https://example.invalid/zoom");
        String state = login.awaitOutput(Pattern.compile("[?&]state=([A-Za-z0-9_-]+)"));
        login.type("https://example.invalid/zoom?code=it-code&state=" + state);

        assertThat(login.exitStatus()).as(login.describe()).isZero();
        assertThat(login.output()).contains("Signed in", loginFile.toString()).doesNotContain("it-access-expiring",
                "it-refresh-1", "demo-client-secret", "it-code");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(loginFile))).isEqualTo("rw-------");
    }

    @Test
    @Order(2)
    void twoServersRenewingAtOnceSpendTheRefreshTokenOnce() throws Exception {
        ZoomFake.zoom().stubFor(post(urlPathEqualTo("/oauth/token")).atPriority(2)
                .withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"reason\":\"Invalid Token!\",\"error\":\"invalid_grant\"}")));
        ZoomFake.zoom().stubFor(post(urlPathEqualTo("/oauth/token")).atPriority(1)
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=it-refresh-1"))
                .willReturn(okJson("{\"access_token\":\"demo-access-token\",\"token_type\":\"bearer\","
                        + "\"refresh_token\":\"it-refresh-2\",\"expires_in\":3600}").withFixedDelay(500)));
        try (McpStdio first = McpStdio.start(JAR, env); McpStdio second = McpStdio.start(JAR, env)) {
            for (McpStdio server : List.of(first, second)) {
                server.request("initialize", CLIENT);
                server.notify("notifications/initialized");
            }
            List<CompletableFuture<JsonObject>> calls = new ArrayList<>();
            for (McpStdio server : List.of(first, second)) {
                calls.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return server.callTool("zoom_list_recordings", new JsonObject()).getJsonObject("result");
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            for (CompletableFuture<JsonObject> call : calls) {
                JsonObject result = call.get(60, TimeUnit.SECONDS);
                assertThat(result.getBoolean("isError")).as(result.encode()).isFalse();
            }
            JsonObject transcript = second.callTool("zoom_get_meeting_transcript",
                    new JsonObject().put("meeting_id", "85746065432")).getJsonObject("result");
            assertThat(transcript.getBoolean("isError")).as(transcript.encode()).isFalse();
            assertThat(first.stdout()).noneMatch(line -> line.contains("it-refresh") || line.contains("demo-client-secret"));
        }
        ZoomFake.zoom().verify(1, postRequestedFor(urlPathEqualTo("/oauth/token"))
                .withRequestBody(containing("grant_type=refresh_token")));
        String stored = Files.readString(loginFile);
        assertThat(stored).contains("it-refresh-2", "demo-access-token").doesNotContain("it-refresh-1");
    }

    @Test
    @Order(3)
    void logoutThroughTheLauncherRemovesTheSignIn() throws Exception {
        ZoomFake.zoom().stubFor(post(urlPathEqualTo("/oauth/revoke")).atPriority(1)
                .willReturn(okJson("{\"status\":\"success\"}")));
        Map<String, String> launcherEnv = new HashMap<>(env);
        launcherEnv.put("JAVA_HOME", System.getProperty("java.home"));
        Command logout = Command.launch(launcherEnv, "logout");
        assertThat(logout.exitStatus()).as(logout.describe()).isZero();
        assertThat(loginFile).doesNotExist();
        assertThat(logout.output()).contains("Removed").doesNotContain("demo-access-token");
        ZoomFake.zoom().verify(1, postRequestedFor(urlPathEqualTo("/oauth/revoke"))
                .withRequestBody(containing("token=demo-access-token")));
    }

    /** {@code java -jar zoom-recordings-mcp.jar <command>} with its terminal: standard input and output. */
    private static final class Command {

        private final Process process;
        private final Path stderr;
        private final StringBuffer output = new StringBuffer();
        private final Thread reader;

        private Command(Process process, Path stderr) {
            this.process = process;
            this.stderr = stderr;
            this.reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        output.append(line).append('\n');
                    }
                } catch (IOException ended) {
                    // the process ended
                }
            }, "login-it-reader");
            reader.setDaemon(true);
            reader.start();
        }

        static Command start(Map<String, String> env, String... arguments) throws IOException {
            return run(env, List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR),
                    arguments);
        }

        /** Through the desktop launcher next to the jar. */
        static Command launch(Map<String, String> env, String... arguments) throws IOException {
            return run(env, List.of("sh", System.getProperty("app.launcher", "target/zoom-recordings-mcp")), arguments);
        }

        private static Command run(Map<String, String> env, List<String> start, String... arguments) throws IOException {
            Path stderr = Files.createTempFile("zoom-login-it-", ".log");
            List<String> command = new ArrayList<>(start);
            command.addAll(List.of(arguments));
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile());
            builder.environment().putAll(env);
            return new Command(builder.start(), stderr);
        }

        String awaitOutput(Pattern pattern) throws InterruptedException {
            for (int i = 0; i < 600; i++) {
                Matcher found = pattern.matcher(output);
                if (found.find()) {
                    return found.group(1);
                }
                Thread.sleep(100);
            }
            throw new AssertionError("never printed " + pattern + ": " + describe());
        }

        void type(String line) throws IOException {
            OutputStream stdin = process.getOutputStream();
            stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        }

        int exitStatus() throws InterruptedException {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("did not exit: " + describe());
            }
            reader.join(5_000);
            return process.exitValue();
        }

        String output() {
            return output.toString();
        }

        String describe() {
            try {
                return "stdout:\n" + output + "\nstderr:\n" + Files.readString(stderr);
            } catch (IOException e) {
                return output.toString();
            }
        }
    }
}
