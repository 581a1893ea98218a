package dev.zoommcp.tools;

import static dev.zoommcp.support.McpCalls.call;
import static dev.zoommcp.support.McpCalls.structured;
import static dev.zoommcp.support.McpCalls.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.zoommcp.support.Transport;
import io.quarkiverse.mcp.server.ToolResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonArray;

/**
 * Dev mode as {@code ./mvnw quarkus:dev} runs it: the application under the {@code dev} configuration profile, with the
 * sandbox started by the WireMock dev service from {@code src/main/sandbox/zoom} and none of the tests' fake Zoom or its
 * settings. Every tool answers the demo values the README documents; a dev-profile setting that breaks a tool (such as
 * the sandbox's loopback download host) fails here.
 */
@QuarkusTest
@TestProfile(SandboxTest.DevMode.class)
class SandboxTest {

    /** The dev profile's own settings; only the test's HTTP port is chosen freely. */
    public static class DevMode implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "dev";
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.test-port", "0");
        }
    }

    private static final String DEMO_TOKEN = "demo-access-token";

    @ConfigProperty(name = "zoom.api-url")
    String apiUrl;

    @Test
    void talksToTheDevServiceSandboxNotTheTestFake() {
        assertThat(apiUrl).matches("http://localhost:\\d+/v2");
        assertThat(ConfigProvider.getConfig().getOptionalValue("zoom.download.private-redirect-hosts", String.class))
                .hasValueSatisfying(hosts -> assertThat(hosts).startsWith("127.0.0.1:"));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void listsThreeRecentMeetings(Transport transport) {
        ToolResponse response = call(transport, "zoom_list_recordings", Map.of("zoom_access_token", DEMO_TOKEN));

        assertThat(response.isError()).as(response.toString()).isFalse();
        JsonArray meetings = structured(response).getJsonArray("meetings");
        assertThat(meetings).hasSize(3);
        assertThat(meetings.getJsonObject(1).getString("topic")).isEqualTo("Q3 roadmap review");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void detailsByIdAndByUuidsThatNeedEncoding(Transport transport) {
        for (String id : new String[] { "85746065432", "4444AAAiAAAAAiAiAiiAii==", "/ajXp112QmuoKj4854875==" }) {
            ToolResponse response = call(transport, "zoom_get_recording_details",
                    Map.of("zoom_access_token", DEMO_TOKEN, "meeting_id", id));
            assertThat(response.isError()).as(id + ": " + response).isFalse();
        }
        ToolResponse unknown = call(transport, "zoom_get_recording_details",
                Map.of("zoom_access_token", DEMO_TOKEN, "meeting_id", "11111111111"));
        assertThat(text(unknown)).contains("3301");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void transcriptsThroughTheRedirectingDownload(Transport transport) {
        ToolResponse transcript = call(transport, "zoom_get_meeting_transcript",
                Map.of("zoom_access_token", DEMO_TOKEN, "meeting_id", "85746065432"));
        assertThat(transcript.isError()).as(transcript.toString()).isFalse();
        assertThat(structured(transcript).getJsonArray("speakers")).hasSize(3);

        ToolResponse captions = call(transport, "zoom_get_meeting_transcript",
                Map.of("zoom_access_token", DEMO_TOKEN, "meeting_id", "91234567890"));
        assertThat(structured(captions).getString("transcript")).contains("billing export bug");

        ToolResponse processing = call(transport, "zoom_get_meeting_transcript",
                Map.of("zoom_access_token", DEMO_TOKEN, "meeting_id", "81122334455"));
        assertThat(text(processing)).contains("still being processed");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void summaryChatAndServerToServerToken(Transport transport) {
        ToolResponse summary = call(transport, "zoom_get_meeting_summary",
                Map.of("zoom_access_token", DEMO_TOKEN, "meeting_id", "85746065432"));
        assertThat(structured(summary).getJsonArray("next_steps")).hasSize(2);
        Instant start = Instant.parse(structured(summary).getString("start_time"));
        assertThat(Instant.parse(structured(summary).getString("end_time"))).isEqualTo(start.plus(Duration.ofMinutes(42)));
        assertThat(text(call(transport, "zoom_get_meeting_summary",
                Map.of("zoom_access_token", DEMO_TOKEN, "meeting_id", "91234567890")))).contains("AI Companion");

        ToolResponse chat = call(transport, "zoom_get_meeting_chat",
                Map.of("zoom_access_token", DEMO_TOKEN, "meeting_id", "85746065432"));
        assertThat(chat.isError()).as(chat.toString()).isFalse();
        assertThat(structured(chat).getJsonArray("senders").getList()).containsExactly("Priya Natarajan", "Sam O'Connor");
        JsonArray messages = structured(chat).getJsonArray("messages");
        assertThat(messages).hasSize(3);
        assertThat(messages.getJsonObject(1).getBoolean("direct")).isTrue();
        assertThat(messages.getJsonObject(2).getString("text")).isEqualTo("Docs draft due Friday\nI will share it in the channel");

        ToolResponse s2s = call(transport, "zoom_get_access_token", Map.of("zoom_account_id", "demo-account-id",
                "zoom_client_id", "demo-client-id", "zoom_client_secret", "demo-client-secret"));
        assertThat(structured(s2s).getString("access_token")).isEqualTo(DEMO_TOKEN);

        ToolResponse search = call(transport, "zoom_search_transcripts",
                Map.of("zoom_access_token", DEMO_TOKEN, "query", "billing export"));
        assertThat(search.isError()).as(search.toString()).isFalse();
        assertThat(structured(search).getJsonArray("matches")).hasSize(1);
        assertThat(structured(search).getJsonArray("skipped").encode()).contains("still being processed")
                .doesNotContain("private address");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void refreshFlowAndItsErrors(Transport transport) {
        ToolResponse ok = call(transport, "zoom_refresh_token", Map.of("zoom_refresh_token", "demo-refresh-token",
                "zoom_client_id", "demo-client-id", "zoom_client_secret", "demo-client-secret"));
        assertThat(structured(ok).getString("access_token")).isEqualTo(DEMO_TOKEN);

        ToolResponse rotated = call(transport, "zoom_refresh_token", Map.of("zoom_refresh_token", "an-old-refresh-token",
                "zoom_client_id", "demo-client-id", "zoom_client_secret", "demo-client-secret"));
        assertThat(text(rotated)).contains("invalid_grant");

        ToolResponse badClient = call(transport, "zoom_refresh_token", Map.of("zoom_refresh_token",
                "demo-refresh-token", "zoom_client_id", "demo-client-id", "zoom_client_secret", "wrong-secret"));
        assertThat(text(badClient)).contains("invalid_client");

        ToolResponse badToken = call(transport, "zoom_list_recordings", Map.of("zoom_access_token", "not-the-demo"));
        assertThat(text(badToken)).contains("124", "zoom_refresh_token");
    }
}
