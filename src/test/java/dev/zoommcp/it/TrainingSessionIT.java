package dev.zoommcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

/**
 * The session the launcher records its start-up cache from ({@code java -jar … train}): it must run the tools' success
 * paths, since a cache holds only what its training loaded, so a training whose calls fail quietly would cost every
 * later session its first call's speed. Run with the README's desktop JVM arguments and the user's own Zoom settings in
 * the environment, which the training must not use.
 */
class TrainingSessionIT {

    private static final Set<String> TRAINED_SUCCESSES = Set.of("zoom_list_recordings", "zoom_get_recording_details",
            "zoom_get_meeting_transcript", "zoom_get_meeting_chat", "zoom_get_meeting_summary", "zoom_refresh_token",
            "zoom_get_access_token");

    @Test
    void everyToolButSearchSucceedsAgainstTheStandInZoomAndTheSessionEnds() throws Exception {
        Path stdout = Files.createTempFile("zoom-mcp-training-", ".out");
        Path stderr = Files.createTempFile("zoom-mcp-training-", ".err");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(McpStdio.DESKTOP_JVM_ARGS);
        command.addAll(List.of("-jar", System.getProperty("app.uber-jar", "target/zoom-recordings-mcp.jar"), "train"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().remove("JAVA_OPTS");
        // the user's own settings: a Zoom that is not there, server-to-server credentials, a sign-in file
        builder.environment().putAll(Map.of("ZOOM_API_URL", "http://127.0.0.1:9/v2", "ZOOM_OAUTH_URL",
                "http://127.0.0.1:9", "ZOOM_ACCOUNT_ID", "users-account", "ZOOM_CLIENT_ID", "users-client",
                "ZOOM_CLIENT_SECRET", "users-secret", "ZOOM_LOGIN_FILE", stdout + ".login.json"));
        Process process = builder.start();
        process.getOutputStream().close(); // the training reads its own messages, never the caller's stdin

        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("the training session ends by itself").isTrue();
        String log = Files.readString(stderr, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(log).isZero();

        Map<Integer, JsonObject> answers = new TreeMap<>();
        for (String line : Files.readAllLines(stdout, StandardCharsets.UTF_8)) {
            JsonObject message = new JsonObject(line);
            assertThat(message.getString("jsonrpc")).as(line).isEqualTo("2.0");
            answers.put(message.getInteger("id"), message);
        }
        List<JsonObject> session = sessionMessages();
        assertThat(answers.keySet()).as("every request is answered").containsExactlyInAnyOrderElementsOf(
                session.stream().filter(m -> m.containsKey("id")).map(m -> m.getInteger("id")).toList());

        Map<String, Integer> successes = new TreeMap<>();
        for (JsonObject request : session) {
            Integer id = request.getInteger("id");
            if (id == null || !"tools/call".equals(request.getString("method"))) {
                continue;
            }
            JsonObject result = answers.get(id).getJsonObject("result");
            String tool = request.getJsonObject("params").getString("name");
            assertThat(result).as("answer to %s", request).isNotNull();
            if (id < 200) {
                assertThat(result.getBoolean("isError")).as("%s: %s", request, result).isFalse();
                successes.merge(tool, 1, Integer::sum);
            } else {
                assertThat(result.getBoolean("isError")).as("%s: %s", request, result).isTrue();
            }
        }
        assertThat(successes.keySet()).isEqualTo(TRAINED_SUCCESSES);
        assertThat(log).doesNotContain("users-secret").doesNotContain("users-client");
        assertThat(Path.of(stdout + ".login.json")).doesNotExist();
    }

    private static List<JsonObject> sessionMessages() throws IOException {
        try (var in = TrainingSessionIT.class.getResourceAsStream("/training/session.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank())
                    .map(JsonObject::new).collect(Collectors.toList());
        }
    }
}
