package dev.zoommcp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.zoommcp.support.ZoomFake;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The one-file distribution spawned in stdio mode as a desktop client spawns it, against the dev-mode sandbox's fake
 * Zoom: initialize, tools/list and every tool answer exactly as the same build answers over /mcp; standard output
 * carries nothing but JSON-RPC from start to exit; closing standard input ends the process.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StdioIT {

    private static final String TOKEN = "demo-access-token";
    private static final JsonObject CLIENT = new JsonObject().put("protocolVersion", "2025-06-18")
            .put("capabilities", new JsonObject()).put("clientInfo", new JsonObject().put("name", "it").put("version", "1"));

    private static final ZoomFake ZOOM = new ZoomFake();
    private static int unusedHttpPort;
    private static McpStdio stdio;
    private static AppProcess http;
    private static String httpSession;
    private static Map<String, String> env;

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> fake = ZOOM.start();
        ZoomFake.loadSandbox();
        unusedHttpPort = freePort();
        env = Map.of("ZOOM_API_URL", fake.get("zoom.api-url"), "ZOOM_OAUTH_URL",
                fake.get("zoom.oauth-url"), "QUARKUS_HTTP_PORT", String.valueOf(unusedHttpPort),
                // as in dev mode: the sandbox's downloads redirect to its own host on 127.0.0.1, and only that is allowed
                "ZOOM_DOWNLOAD_PRIVATE_REDIRECT_HOSTS", "127.0.0.1:" + ZoomFake.zoom().port());
        stdio = McpStdio.start(System.getProperty("app.uber-jar", "target/zoom-recordings-mcp.jar"), env);
        http = AppProcess.start(env);
        httpSession = McpHttp.initialize(http.uri("/mcp")).sessionId();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (stdio != null) {
            stdio.close();
        }
        if (http != null) {
            http.close();
        }
        ZOOM.stop();
    }

    @Test
    @Order(1)
    void initializeNamesTheServerAndItsCapabilities() throws Exception {
        JsonObject result = stdio.request("initialize", CLIENT).getJsonObject("result");
        stdio.notify("notifications/initialized");

        assertThat(result.getJsonObject("serverInfo").getString("name")).isEqualTo("zoom-recordings-mcp");
        assertThat(result.getJsonObject("capabilities").fieldNames()).contains("tools", "prompts");
        assertThat(result.getString("instructions")).contains("zoom_list_recordings");
    }

    @Test
    @Order(2)
    void toolsAndPromptsAreListedAsOverHttp() throws Exception {
        for (String list : new String[] { "tools/list", "prompts/list" }) {
            JsonObject overStdio = stdio.request(list, new JsonObject()).getJsonObject("result");
            JsonObject overHttp = McpHttp.post(http.uri("/mcp"), httpSession, list, new JsonObject()).message()
                    .getJsonObject("result");
            assertThat(overStdio).as(list).isEqualTo(overHttp);
        }
        JsonArray tools = stdio.request("tools/list", new JsonObject()).getJsonObject("result").getJsonArray("tools");
        assertThat(tools.stream().map(t -> ((JsonObject) t).getString("name")).toList()).containsExactlyInAnyOrder(
                "zoom_list_recordings", "zoom_get_recording_details", "zoom_get_meeting_transcript",
                "zoom_get_meeting_summary", "zoom_get_meeting_chat", "zoom_search_transcripts", "zoom_refresh_token",
                "zoom_get_access_token");
    }

    @Test
    @Order(3)
    void everyToolAnswersAsOverHttp() throws Exception {
        JsonObject demo = new JsonObject().put("zoom_access_token", TOKEN);
        JsonObject client = new JsonObject().put("zoom_client_id", "demo-client-id")
                .put("zoom_client_secret", "demo-client-secret");
        List<Map.Entry<String, JsonObject>> calls = List.of(
                Map.entry("zoom_list_recordings", demo.copy()),
                Map.entry("zoom_get_recording_details", demo.copy().put("meeting_id", "/ajXp112QmuoKj4854875==")),
                Map.entry("zoom_get_meeting_transcript", demo.copy().put("meeting_id", "85746065432")),
                Map.entry("zoom_get_meeting_summary", demo.copy().put("meeting_id", "85746065432")),
                Map.entry("zoom_get_meeting_chat", demo.copy().put("meeting_id", "85746065432")),
                Map.entry("zoom_search_transcripts", demo.copy().put("query", "billing export")),
                Map.entry("zoom_refresh_token", client.copy().put("zoom_refresh_token", "demo-refresh-token")),
                Map.entry("zoom_get_access_token", client.copy().put("zoom_account_id", "demo-account-id")));
        for (Map.Entry<String, JsonObject> call : calls) {
            JsonObject overStdio = stdio.callTool(call.getKey(), call.getValue()).getJsonObject("result");
            JsonObject overHttp = McpHttp.callTool(http.uri("/mcp"), httpSession, call.getKey(), call.getValue())
                    .message().getJsonObject("result");

            assertThat(overStdio.getBoolean("isError")).as(call.getKey() + ": " + overStdio.encode()).isFalse();
            assertThat(overStdio.getJsonObject("structuredContent")).as(call.getKey()).isNotNull();
            assertThat(withoutTimestamps(overStdio)).as(call.getKey()).isEqualTo(withoutTimestamps(overHttp));
        }
    }

    @Test
    @Order(4)
    void errorsAreTheSameResultsAsOverHttp() throws Exception {
        List<Map.Entry<String, JsonObject>> calls = List.of(
                // no argument and no X-Zoom-Access-Token header (there is none over stdio)
                Map.entry("zoom_list_recordings", new JsonObject()),
                Map.entry("zoom_list_recordings", new JsonObject().put("zoom_access_token", "not-the-demo")),
                Map.entry("zoom_get_recording_details",
                        new JsonObject().put("zoom_access_token", TOKEN).put("meeting_id", "11111111111")),
                Map.entry("zoom_get_meeting_transcript", new JsonObject().put("zoom_access_token", TOKEN)));
        for (Map.Entry<String, JsonObject> call : calls) {
            JsonObject overStdio = stdio.callTool(call.getKey(), call.getValue()).getJsonObject("result");
            JsonObject overHttp = McpHttp.callTool(http.uri("/mcp"), httpSession, call.getKey(), call.getValue())
                    .message().getJsonObject("result");

            assertThat(overStdio.getBoolean("isError")).as(call.getKey() + " " + call.getValue()).isTrue();
            assertThat(overStdio).isEqualTo(overHttp);
        }
        JsonObject unknownTool = stdio.callTool("zoom_delete_everything", new JsonObject());
        JsonObject unknownOverHttp = McpHttp.callTool(http.uri("/mcp"), httpSession, "zoom_delete_everything",
                new JsonObject()).message();
        assertThat(unknownTool.getJsonObject("error")).isNotNull().isEqualTo(unknownOverHttp.getJsonObject("error"));
    }

    @Test
    @Order(5)
    void aLineThatIsNotJsonIsAnsweredWithAParseErrorAndTheSessionGoesOn() throws Exception {
        stdio.send("this is not JSON");

        assertThat(stdio.awaitResponse(null).getJsonObject("error").getInteger("code")).isEqualTo(-32700);
        assertThat(stdio.request("ping", new JsonObject()).getJsonObject("result")).isNotNull();
    }

    @Test
    @Order(6)
    void noHttpListenerIsOpened() {
        assertThatThrownBy(() -> new Socket("localhost", unusedHttpPort).close()).isInstanceOf(ConnectException.class);
        assertThat(stdio.stderr()).contains("Profiles stdio,prod activated");
    }

    @Test
    @Order(7)
    void closingStdinAnswersWhatWasSentThenEndsTheProcessAndStdoutCarriedOnlyJsonRpc() throws Exception {
        stdio.send(new JsonObject().put("jsonrpc", "2.0").put("id", 99).put("method", "tools/call").put("params",
                new JsonObject().put("name", "zoom_get_meeting_transcript").put("arguments",
                        new JsonObject().put("zoom_access_token", TOKEN).put("meeting_id", "85746065432"))).encode());
        stdio.closeStdin();

        assertThat(stdio.awaitResponse(99).getJsonObject("result").getBoolean("isError")).isFalse();
        assertThat(stdio.exited(Duration.ofSeconds(10))).as("exits within 10 s of stdin closing").isTrue();
        assertThat(stdio.process().exitValue()).isZero();
        List<String> lines = stdio.stdout();
        assertThat(lines).hasSizeGreaterThan(10);
        for (String line : lines) {
            JsonObject message = new JsonObject(line);
            assertThat(message.getString("jsonrpc")).as(line).isEqualTo("2.0");
            assertThat(message.fieldNames()).as(line).containsAnyOf("result", "error", "method");
        }
        assertThat(stdio.stderr()).contains("Standard input closed", "stopped in");
    }

    /** Results carry times of the call (sandbox recordings are "2 days ago", tokens expire "in an hour"). */
    private static JsonObject withoutTimestamps(JsonObject result) {
        return new JsonObject(result.encode().replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "<time>"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Spawned with a Server-to-Server app's credentials in its environment, no call needs a token argument. */
    @Test
    @Order(8)
    void withCredentialsInTheEnvironmentNoTokenArgumentIsNeeded() throws Exception {
        Map<String, String> withCredentials = new java.util.HashMap<>(env);
        withCredentials.putAll(Map.of("ZOOM_ACCOUNT_ID", "demo-account-id", "ZOOM_CLIENT_ID", "demo-client-id",
                "ZOOM_CLIENT_SECRET", "demo-client-secret"));
        try (McpStdio desktop = McpStdio.start(System.getProperty("app.uber-jar", "target/zoom-recordings-mcp.jar"),
                withCredentials)) {
            desktop.request("initialize", CLIENT);
            desktop.notify("notifications/initialized");
            for (JsonObject call : new JsonObject[] { new JsonObject().put("name", "zoom_list_recordings")
                    .put("arguments", new JsonObject()), new JsonObject().put("name", "zoom_get_meeting_transcript")
                            .put("arguments", new JsonObject().put("meeting_id", "85746065432")) }) {
                JsonObject result = desktop.request("tools/call", call).getJsonObject("result");
                assertThat(result.getBoolean("isError")).as(result.encode()).isFalse();
            }
            assertThat(desktop.stdout()).noneMatch(line -> line.contains("demo-client-secret"));
        }
    }
}
