package dev.zoommcp.it;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.vertx.core.json.JsonObject;

/**
 * Two replicas of the packaged server behind no session affinity: one client's Streamable HTTP calls, alternating
 * between them with the session id only one of them issued, all succeed (stateless auto-init).
 */
class TwoReplicasIT {

    private static WireMockServer zoom;
    private static AppProcess a;
    private static AppProcess b;

    @BeforeAll
    static void start() throws Exception {
        zoom = new WireMockServer(options().dynamicPort());
        zoom.start();
        String meeting;
        try (InputStream in = TwoReplicasIT.class.getResourceAsStream("/zoom/meeting-q3.json")) {
            meeting = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        zoom.stubFor(get(urlPathEqualTo("/v2/meetings/85746065432/recordings")).willReturn(okJson(meeting)));
        Map<String, String> env = Map.of("ZOOM_API_URL", "http://localhost:" + zoom.port() + "/v2");
        a = AppProcess.start(env);
        b = AppProcess.start(env);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        AppProcess.closeAll(a, b);
        zoom.stop();
    }

    @Test
    void callsAlternateBetweenReplicasWithOneSession() throws IOException, InterruptedException {
        McpHttp.Answer init = McpHttp.initialize(a.uri("/mcp"));
        assertThat(init.status()).isEqualTo(200);
        String session = init.sessionId();
        assertThat(session).isNotBlank();

        JsonObject args = new JsonObject().put("zoom_access_token", "it-token").put("meeting_id", "85746065432");
        for (int i = 0; i < 6; i++) {
            AppProcess replica = i % 2 == 0 ? b : a;
            McpHttp.Answer answer = McpHttp.callTool(replica.uri("/mcp"), session, "zoom_get_recording_details", args);
            assertThat(answer.status()).as("call %d on port %d", i, replica.port).isEqualTo(200);
            JsonObject result = answer.message().getJsonObject("result");
            assertThat(result.getBoolean("isError")).as(answer.message().encode()).isFalse();
            assertThat(result.getJsonObject("structuredContent").getString("topic")).isEqualTo("Q3 roadmap review");
        }
    }

    @Test
    void aToolCallWithoutInitializeIsAnswered() throws IOException, InterruptedException {
        McpHttp.Answer answer = McpHttp.callTool(b.uri("/mcp"), null, "zoom_get_recording_details",
                new JsonObject().put("zoom_access_token", "it-token").put("meeting_id", "85746065432"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.message().getJsonObject("result").getBoolean("isError")).isFalse();
    }
}
