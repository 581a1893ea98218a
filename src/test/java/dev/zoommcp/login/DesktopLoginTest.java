package dev.zoommcp.login;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.zoommcp.support.McpCalls.call;
import static dev.zoommcp.support.McpCalls.text;
import static dev.zoommcp.support.ZoomFake.fixture;
import static dev.zoommcp.support.ZoomFake.zoom;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.zoommcp.oauth.Pkce;
import dev.zoommcp.support.LogCapture;
import dev.zoommcp.support.TestClock;
import dev.zoommcp.support.Transport;
import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkiverse.mcp.server.ToolResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * {@code login} against a fake Zoom: the browser's round trip through a loopback listener or a pasted address, PKCE
 * S256 and state checked, the pair stored privately; then calls without a token use the stored sign-in, renew it before
 * it expires (Zoom rotates the refresh token, and the fake refuses a rotated-out one), and say what to do once Zoom
 * refuses it. {@code logout} removes it and revokes the token. No secret reaches the terminal or the log.
 */
@QuarkusTest
@TestProfile(DesktopLoginTest.SignedInDesktop.class)
class DesktopLoginTest extends ZoomToolTestBase {

    static final String CLIENT_ID = "desktop-client";
    static final String SECRET = "desktop-secret-canary-31";
    static final String CODE = "desktop-code-canary-58";
    static final Path FILE = Path.of("target/desktop-login-test/login.json").toAbsolutePath();
    static final int PORT = freePort();
    static final String REDIRECT = "http://127.0.0.1:" + PORT + "/callback";
    static final String LIST = "/v2/users/me/recordings";

    public static class SignedInDesktop implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("zoom.client-id", CLIENT_ID, "zoom.client-secret", SECRET, "zoom.login.file", FILE.toString(),
                    "zoom.login.redirect-uri", REDIRECT, "zoom.login.timeout", "20s");
        }
    }

    @Inject
    LoginCommand command;

    @Inject
    LoginStore store;

    /** A terminal whose input is scripted and whose output is kept. */
    static final class ScriptedTerminal implements Terminal {
        final List<String> said = new CopyOnWriteArrayList<>();
        final BlockingQueue<String> input = new LinkedBlockingQueue<>();

        @Override
        public void say(String line) {
            said.add(line);
        }

        @Override
        public void complain(String line) {
            said.add("ERR " + line);
        }

        @Override
        public String readLine() {
            try {
                String line = input.poll(30, TimeUnit.SECONDS);
                return line == null || line.equals("<eof>") ? null : line;
            } catch (InterruptedException e) {
                return null;
            }
        }

        @Override
        public String readSecret(String prompt) {
            return null;
        }

        @Override
        public boolean interactive() {
            return false;
        }

        String all() {
            return String.join("\n", said);
        }
    }

    /** A browser that follows the sign-in's redirects as a real one would, without a person. */
    static final class FollowingBrowser implements Browser {
        final List<Integer> statuses = new ArrayList<>();

        @Override
        public boolean open(URI page) {
            try {
                HttpResponse<String> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                        .connectTimeout(Duration.ofSeconds(5)).build()
                        .send(HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.ofString());
                statuses.add(response.statusCode());
                return true;
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void noSignIn() throws IOException {
        Files.deleteIfExists(FILE);
    }

    private static void stubZoomSignIn(String redirectQuery) {
        zoom().stubFor(get(urlPathEqualTo("/oauth/authorize")).withQueryParam("client_id", equalTo(CLIENT_ID))
                .withQueryParam("response_type", equalTo("code")).withQueryParam("code_challenge_method", equalTo("S256"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", "{{request.query.redirect_uri}}?"
                        + redirectQuery + "&state={{request.query.state}}").withTransformers("response-template")));
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
    }

    private static void stubCodeRedemption() {
        zoom().stubFor(post(urlPathEqualTo("/oauth/token")).withHeader("Authorization", equalTo(basic()))
                .withRequestBody(containing("grant_type=authorization_code"))
                .withRequestBody(containing("code=" + CODE)).withRequestBody(containing("code_verifier="))
                .willReturn(okJson("{\"access_token\":\"desk-access-1\",\"token_type\":\"bearer\",\"refresh_token\":"
                        + "\"desk-refresh-1\",\"expires_in\":3600,\"scope\":\"cloud_recording:read:list_user_recordings\"}")));
    }

    private static void stubListingFor(String token) {
        zoom().stubFor(get(urlPathEqualTo(LIST)).withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(okJson(fixture("recordings-page2.json"))));
    }

    /** Zoom's rotation: the current refresh token gives the next pair once; any other is refused. */
    private static void stubRotation(String from, String access, String next) {
        zoom().stubFor(post(urlPathEqualTo("/oauth/token")).atPriority(10)
                .withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"reason\":\"Invalid Token!\",\"error\":\"invalid_grant\"}")));
        zoom().stubFor(post(urlPathEqualTo("/oauth/token")).atPriority(1).withHeader("Authorization", equalTo(basic()))
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=" + from))
                .willReturn(okJson("{\"access_token\":\"" + access + "\",\"token_type\":\"bearer\",\"refresh_token\":\""
                        + next + "\",\"expires_in\":3600}")));
    }

    private int signInThroughLoopback(ScriptedTerminal terminal, FollowingBrowser browser) {
        stubZoomSignIn("code=" + CODE);
        stubCodeRedemption();
        return command.login(List.of(), terminal, browser);
    }

    private static String[] secrets() {
        return new String[] { SECRET, CODE, "desk-access-1", "desk-refresh-1", "desk-access-2", "desk-refresh-2" };
    }

    @Test
    void signingInThroughTheLoopbackStoresAPrivatePairThatCallsWithoutATokenUse() throws Exception {
        ScriptedTerminal terminal = new ScriptedTerminal();
        FollowingBrowser browser = new FollowingBrowser();
        try (LogCapture log = LogCapture.start()) {
            assertThat(signInThroughLoopback(terminal, browser)).as(terminal.all()).isZero();
            assertThat(browser.statuses).containsExactly(200);

            LoggedRequest authorize = zoom().findAll(getRequestedFor(urlPathEqualTo("/oauth/authorize"))).get(0);
            LoggedRequest redeem = zoom().findAll(postRequestedFor(urlPathEqualTo("/oauth/token"))).get(0);
            Map<String, String> form = form(redeem.getBodyAsString());
            assertThat(Pkce.challengeOf(form.get("code_verifier")))
                    .isEqualTo(authorize.queryParameter("code_challenge").firstValue());
            assertThat(form.get("redirect_uri")).isEqualTo(REDIRECT)
                    .isEqualTo(authorize.queryParameter("redirect_uri").firstValue());
            assertThat(authorize.queryParameter("state").firstValue()).hasSizeGreaterThanOrEqualTo(43);

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(FILE))).isEqualTo("rw-------");
            assertThat(store.read()).hasValueSatisfying(login -> {
                assertThat(login.accessToken()).isEqualTo("desk-access-1");
                assertThat(login.refreshToken()).isEqualTo("desk-refresh-1");
                assertThat(login.oauthUrl()).isEqualTo(StoredLogin.baseUrl(zoom().baseUrl()));
            });

            stubListingFor("desk-access-1");
            ToolResponse listed = call(Transport.STREAMABLE_HTTP, "zoom_list_recordings", Map.of());
            assertThat(listed.isError()).as(listed.toString()).isFalse();
            ToolResponse own = call(Transport.SSE, "zoom_list_recordings", Map.of("zoom_access_token", TOKEN));
            assertThat(own.isError()).isTrue();
            zoom().verify(1, getRequestedFor(urlPathEqualTo(LIST)).withHeader("Authorization",
                    equalTo("Bearer " + TOKEN)));

            assertThat(terminal.all()).contains("Signed in", FILE.toString()).doesNotContain(secrets());
            assertThat(log.lines()).noneMatch(line -> Arrays.stream(secrets()).anyMatch(line::contains));
        }
    }

    @Test
    void anExpiringSignInIsRenewedOnceTheRotatedPairStoredAndARefusedOneSaysToSignInAgain() {
        assertThat(signInThroughLoopback(new ScriptedTerminal(), new FollowingBrowser())).isZero();
        stubRotation("desk-refresh-1", "desk-access-2", "desk-refresh-2");
        stubListingFor("desk-access-2");

        clock.pinTo(TestClock.DEFAULT.plusSeconds(3600 - 30));
        for (Transport transport : new Transport[] { Transport.STREAMABLE_HTTP, Transport.SSE, Transport.STREAMABLE_HTTP }) {
            ToolResponse listed = call(transport, "zoom_list_recordings", Map.of());
            assertThat(listed.isError()).as(listed.toString()).isFalse();
        }
        zoom().verify(1, postRequestedFor(urlPathEqualTo("/oauth/token")).withRequestBody(
                containing("grant_type=refresh_token")));
        assertThat(store.read()).hasValueSatisfying(login -> {
            assertThat(login.accessToken()).isEqualTo("desk-access-2");
            assertThat(login.refreshToken()).isEqualTo("desk-refresh-2");
        });

        // Zoom no longer accepts the stored refresh token (revoked, or 90 days unused)
        stubRotation("some-other-refresh-token", "never", "never");
        clock.pinTo(TestClock.DEFAULT.plusSeconds(2 * 3600));
        ToolResponse refused = call(Transport.STREAMABLE_HTTP, "zoom_list_recordings", Map.of());
        assertThat(refused.isError()).isTrue();
        assertThat(text(refused)).contains("zoom-recordings-mcp login", "zoom_access_token").doesNotContain(secrets());
        assertThat(store.read()).as("a refused sign-in is left for the user to replace")
                .hasValueSatisfying(login -> assertThat(login.refreshToken()).isEqualTo("desk-refresh-2"));
    }

    @Test
    void theAddressCanBePastedAnotherSignInsIsRefusedAndZoomsRefusalEndsIt() throws Exception {
        zoom().stubFor(get(urlPathEqualTo("/oauth/authorize")).willReturn(aResponse().withStatus(200)));
        stubCodeRedemption();
        ScriptedTerminal terminal = new ScriptedTerminal();
        Thread user = new Thread(() -> {
            String state = awaitState(terminal);
            terminal.input.add("https://example.com/zoom?code=" + CODE + "&state=not-this-sign-in");
            terminal.input.add("https://example.com/zoom?code=" + CODE + "&state=" + state);
        });
        user.start();
        int status = command.login(List.of("--no-browser", "--redirect-uri=https://example.com/zoom"), terminal,
                page -> {
                    throw new AssertionError("--no-browser opens no browser");
                });
        user.join(10_000);
        assertThat(status).as(terminal.all()).isZero();
        assertThat(terminal.all()).contains("another sign-in", "Signed in").doesNotContain(secrets());
        assertThat(form(zoom().findAll(postRequestedFor(urlPathEqualTo("/oauth/token"))).get(0).getBodyAsString())
                .get("redirect_uri")).isEqualTo("https://example.com/zoom");

        Files.deleteIfExists(FILE);
        ScriptedTerminal denied = new ScriptedTerminal();
        stubZoomSignIn("error=access_denied");
        assertThat(command.login(List.of(), denied, new FollowingBrowser())).isEqualTo(1);
        assertThat(denied.all()).contains("Not signed in", "access_denied");
        assertThat(FILE).doesNotExist();
    }

    @Test
    void aStrayRequestToTheLoopbackIsRefusedAndTheSignInGoesOn() throws Exception {
        stubZoomSignIn("code=" + CODE);
        stubCodeRedemption();
        ScriptedTerminal terminal = new ScriptedTerminal();
        List<Integer> strays = new CopyOnWriteArrayList<>();
        int status = command.login(List.of(), terminal, page -> {
            HttpClient http = HttpClient.newHttpClient();
            try {
                for (String stray : new String[] { "/callback?code=forged&state=forged", "/other?code=x",
                        "/callback?error=access_denied&state=forged" }) {
                    strays.add(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + stray)).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode());
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return new FollowingBrowser().open(page);
        });
        assertThat(strays).containsExactly(400, 404, 400);
        assertThat(status).as(terminal.all()).isZero();
        assertThat(form(zoom().findAll(postRequestedFor(urlPathEqualTo("/oauth/token"))).get(0).getBodyAsString())
                .get("code")).isEqualTo(CODE);
    }

    @Test
    void logoutRemovesTheSignInAndRevokesItsToken() {
        assertThat(signInThroughLoopback(new ScriptedTerminal(), new FollowingBrowser())).isZero();
        zoom().stubFor(post(urlPathEqualTo("/oauth/revoke")).withHeader("Authorization", equalTo(basic()))
                .withRequestBody(equalTo("token=desk-access-1")).willReturn(okJson("{\"status\":\"success\"}")));
        ScriptedTerminal terminal = new ScriptedTerminal();
        assertThat(command.logout(List.of(), terminal)).isZero();
        assertThat(FILE).doesNotExist();
        zoom().verify(1, postRequestedFor(urlPathEqualTo("/oauth/revoke")));
        assertThat(terminal.all()).contains("Removed", "revoked").doesNotContain(secrets());

        ToolResponse none = call(Transport.STREAMABLE_HTTP, "zoom_list_recordings", Map.of());
        assertThat(none.isError()).isTrue();
        assertThat(text(none)).contains("zoom_access_token");

        ScriptedTerminal again = new ScriptedTerminal();
        assertThat(command.logout(List.of(), again)).isZero();
        assertThat(again.all()).contains("No Zoom sign-in is stored");
    }

    @Test
    void badOptionsAndAMissingAppAreUsageErrorsThatCallNoZoom() {
        ScriptedTerminal terminal = new ScriptedTerminal();
        assertThat(command.login(List.of("--bogus\u001b[31m"), terminal, new FollowingBrowser())).isEqualTo(2);
        assertThat(command.login(List.of("--redirect-uri=javascript:alert(1)"), terminal, new FollowingBrowser()))
                .isEqualTo(2);
        assertThat(command.login(List.of("--redirect-uri=http://127.0.0.1:1/cb#frag"), terminal,
                new FollowingBrowser())).isEqualTo(2);
        assertThat(command.logout(List.of("--all"), terminal)).isEqualTo(2);
        assertThat(terminal.all()).contains("Unknown option", "Usage", "redirect URL").doesNotContain("\u001b");
        assertThat(zoom().getAllServeEvents()).isEmpty();
    }

    private static String awaitState(ScriptedTerminal terminal) {
        Pattern state = Pattern.compile("[?&]state=([A-Za-z0-9_-]+)");
        for (int i = 0; i < 200; i++) {
            for (String line : terminal.said) {
                Matcher found = state.matcher(line);
                if (found.find()) {
                    return found.group(1);
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("the authorization address was never shown");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new java.util.HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }
}
