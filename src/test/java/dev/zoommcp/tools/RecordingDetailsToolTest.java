package dev.zoommcp.tools;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.zoommcp.support.McpCalls.call;
import static dev.zoommcp.support.McpCalls.structured;
import static dev.zoommcp.support.McpCalls.text;
import static dev.zoommcp.support.ZoomFake.fixture;
import static dev.zoommcp.support.ZoomFake.zoom;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

import dev.zoommcp.support.Transport;
import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkiverse.mcp.server.ToolResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

@QuarkusTest
class RecordingDetailsToolTest extends ZoomToolTestBase {

    private static final String TOOL = "zoom_get_recording_details";
    private static final String PATH = "/v2/meetings/85746065432/recordings";

    private static Map<String, Object> args(String meetingId) {
        return Map.of("zoom_access_token", TOKEN, "meeting_id", meetingId);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void returnsTheRecordingAndItsFiles(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(fixture("meeting-q3.json"))));

        ToolResponse response = call(transport, TOOL, args("85746065432"));

        assertThat(response.isError()).as(response.toString()).isFalse();
        JsonObject result = structured(response);
        assertThat(result.getLong("meeting_id")).isEqualTo(85746065432L);
        assertThat(result.getString("uuid")).isEqualTo("4444AAAiAAAAAiAiAiiAii==");
        assertThat(result.getString("start_time")).isEqualTo("2026-10-28T15:00:05Z");
        assertThat(result.getBoolean("has_transcript")).isTrue();
        assertThat(result.getJsonArray("files")).hasSize(3);
        JsonObject transcript = result.getJsonArray("files").getJsonObject(1);
        assertThat(transcript.getString("file_type")).isEqualTo("TRANSCRIPT");
        assertThat(transcript.getString("status")).isEqualTo("completed");
        assertThat(transcript.getLong("file_size")).isEqualTo(20512L);
        assertThat(result.getJsonArray("files").getJsonObject(0).getString("play_url")).as("no passcode in the link")
                .isEqualTo("https://example.zoom.us/rec/play/Qg75t7xZBtEbAkjdlgbfdngBBBB");
        JsonObject timeline = result.getJsonArray("files").getJsonObject(2);
        assertThat(timeline.getString("id")).isNull();
        assertThat(text(response)).contains("Q3 roadmap review").doesNotContain("yNYIS408EJygs7rE5vVsJwXIz4");
        zoom().verify(getRequestedFor(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void numericMeetingIdsAsJsonNumbersOrWithSpacesWork(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(fixture("meeting-q3.json"))));

        ToolResponse response = call(transport, TOOL, Map.of("zoom_access_token", TOKEN, "meeting_id", 85746065432L));
        ToolResponse spaced = call(transport, TOOL, args("857 4606 5432"));

        assertThat(response.isError()).as(response.toString()).isFalse();
        assertThat(spaced.isError()).as(spaced.toString()).isFalse();
        // both name the same meeting: the second answer comes from the caller's cache
        zoom().verify(1, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aMeetingReadByNumericIdIsKeptUnderItsInstanceUuidButNotTheReverse(Transport transport) {
        String byUuid = "/v2/meetings/4444AAAiAAAAAiAiAiiAii%3D%3D/recordings";
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(fixture("meeting-q3.json"))));
        zoom().stubFor(get(urlEqualTo(byUuid)).willReturn(okJson(fixture("meeting-q3.json"))));

        ToolResponse numeric = call(transport, TOOL, args("85746065432"));
        ToolResponse instance = call(transport, TOOL, args("4444AAAiAAAAAiAiAiiAii=="));

        assertThat(structured(instance)).isEqualTo(structured(numeric));
        zoom().verify(1, getRequestedFor(urlPathEqualTo(PATH)));
        zoom().verify(0, getRequestedFor(urlEqualTo(byUuid)));

        // a uuid names one instance; a numeric id names the latest one, which a uuid read cannot tell
        zoom().resetRequests();
        call(transport, TOOL, Map.of("zoom_access_token", "another-token", "meeting_id", "4444AAAiAAAAAiAiAiiAii=="));
        call(transport, TOOL, Map.of("zoom_access_token", "another-token", "meeting_id", "85746065432"));
        zoom().verify(1, getRequestedFor(urlEqualTo(byUuid)));
        zoom().verify(1, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void uuidsAreEncodedOnceOrTwiceAsZoomRequires(Transport transport) {
        zoom().stubFor(get(urlEqualTo("/v2/meetings/4444AAAiAAAAAiAiAiiAii%3D%3D/recordings"))
                .willReturn(okJson(fixture("meeting-q3.json"))));
        zoom().stubFor(get(urlEqualTo("/v2/meetings/%252FajXp112QmuoKj4854875%253D%253D/recordings"))
                .willReturn(okJson(fixture("meeting-q3.json"))));
        zoom().stubFor(get(urlEqualTo("/v2/meetings/ab%252F%252Fcd%252Bef%253D%253D/recordings"))
                .willReturn(okJson(fixture("meeting-q3.json"))));

        assertThat(call(transport, TOOL, args("4444AAAiAAAAAiAiAiiAii==")).isError()).isFalse();
        assertThat(call(transport, TOOL, args("/ajXp112QmuoKj4854875==")).isError()).isFalse();
        assertThat(call(transport, TOOL, args("ab//cd+ef==")).isError()).isFalse();
        zoom().verify(3, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void missingRecordingSaysHowToFindTheRightId(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":3301,\"message\":\"This recording does not exist.\"}")));

        ToolResponse response = call(transport, TOOL, args("85746065432"));

        assertThat(response.isError()).isTrue();
        assertThat(text(response)).contains("HTTP 404", "Zoom code 3301", "This recording does not exist.",
                "zoom_list_recordings", "uuid");
        zoom().verify(1, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void expiredTokenSaysToRefresh(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401)
                .withBody("{\"code\":124,\"message\":\"Invalid access token.\"}")));

        ToolResponse response = call(transport, TOOL, args("85746065432"));

        assertThat(response.isError()).isTrue();
        assertThat(text(response)).contains("HTTP 401", "124", "zoom_refresh_token");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void transientFailureThenSuccess(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(PATH)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("ok"));
        zoom().stubFor(get(urlPathEqualTo(PATH)).inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(okJson(fixture("meeting-q3.json"))));

        ToolResponse response = call(transport, TOOL, args("85746065432"));

        assertThat(response.isError()).as(response.toString()).isFalse();
        zoom().verify(2, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void badMeetingIdsAreRefusedWithoutCallingZoom(Transport transport) {
        for (String bad : new String[] { "", "   ", "85746065432; DROP", "../../users/me", "hello world",
                "x".repeat(100_000), "0", "000 000", "-81000000001", "+85746065432", "true", "null" }) {
            ToolResponse response = call(transport, TOOL, args(bad));
            assertThat(response.isError()).as(bad).isTrue();
            assertThat(text(response)).contains("meeting_id").hasSizeLessThan(400);
        }
        for (Object notAnId : new Object[] { true, false, -81000000001L, 0 }) {
            ToolResponse response = call(transport, TOOL, Map.of("zoom_access_token", TOKEN, "meeting_id", notAnId));
            assertThat(response.isError()).as(String.valueOf(notAnId)).isTrue();
            assertThat(text(response)).contains("meeting_id");
        }
        ToolResponse missing = call(transport, TOOL, Map.of("zoom_access_token", TOKEN));
        assertThat(missing.isError()).isTrue();
        assertThat(text(missing)).contains("meeting_id");
        zoom().verify(0, anyRequestedFor(anyUrl()));
    }
}
