package dev.zoommcp.tools;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.zoommcp.support.McpCalls.call;
import static dev.zoommcp.support.McpCalls.structured;
import static dev.zoommcp.support.McpCalls.text;
import static dev.zoommcp.support.ZoomFake.cdn;
import static dev.zoommcp.support.ZoomFake.cdnBase;
import static dev.zoommcp.support.ZoomFake.fixture;
import static dev.zoommcp.support.ZoomFake.zoom;
import static dev.zoommcp.support.ZoomFake.zoomBase;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.zoommcp.support.Transport;
import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkiverse.mcp.server.ToolResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

@QuarkusTest
class MeetingTranscriptToolTest extends ZoomToolTestBase {

    private static final String TOOL = "zoom_get_meeting_transcript";
    private static final String DETAILS = "/v2/meetings/85746065432/recordings";
    private static final String DOWNLOAD = "/rec/download/transcript-q3";
    private static final String SIGNED = "/signed/transcript-q3.vtt";
    /** The status and type of the TRANSCRIPT file in meeting-q3.json. */
    private static final String TRANSCRIPT_STATUS = "\"status\": \"completed\",\\s+\"recording_type\": \"audio_transcript\"";
    private static final Map<String, Object> ARGS = Map.of("zoom_access_token", TOKEN, "meeting_id", "85746065432");

    private static void stubDetails(String json) {
        zoom().stubFor(get(urlPathEqualTo(DETAILS)).willReturn(okJson(json)));
    }

    /** Zoom's real download flow: 302 from the download host to a signed URL on another host. */
    private static void stubRedirectedDownload(String vttFixture) {
        zoom().stubFor(get(urlPathEqualTo(DOWNLOAD)).willReturn(aResponse().withStatus(302)
                .withHeader("Location", cdnBase() + SIGNED + "?Policy=abc&Signature=def")));
        cdn().stubFor(get(urlPathEqualTo(SIGNED)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/vtt").withBody(fixture(vttFixture))));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void readsTheTranscriptAsSpeakerTurns(Transport transport) {
        stubDetails(fixture("meeting-q3.json"));
        stubRedirectedDownload("transcript.vtt");

        ToolResponse response = call(transport, TOOL, ARGS);

        assertThat(response.isError()).as(response.toString()).isFalse();
        JsonObject result = structured(response);
        assertThat(result.getLong("meeting_id")).isEqualTo(85746065432L);
        assertThat(result.getString("topic")).isEqualTo("Q3 roadmap review");
        assertThat(result.getJsonArray("speakers").getList())
                .containsExactly("Alex Rivera", "Priya Natarajan", "Sam O'Connor");
        assertThat(result.getLong("duration_seconds")).isEqualTo(65L);
        assertThat(result.getString("transcript")).isEqualTo("""
                [00:00] Alex Rivera: Hi everyone, thanks for joining. Let's get started with the roadmap.
                [00:04] Priya Natarajan: Sure. The first item is the Q3 launch, which moved by two weeks.
                [00:09] Hmm.
                [00:10] Sam O'Connor: Two weeks is fine for support: we need the docs done first.
                [00:16] Priya Natarajan: Agreed. Action item: Sam drafts the docs by Friday.
                [01:02] Alex Rivera: Great: one more thing — the URL is https://example.com/a:b, keep it.
                """);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void theBearerTokenDoesNotFollowTheRedirectToAnotherHost(Transport transport) {
        stubDetails(fixture("meeting-q3.json"));
        stubRedirectedDownload("transcript.vtt");

        assertThat(call(transport, TOOL, ARGS).isError()).isFalse();

        zoom().verify(1, getRequestedFor(urlPathEqualTo(DOWNLOAD))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        cdn().verify(1, getRequestedFor(urlPathEqualTo(SIGNED))
                .withQueryParam("Signature", equalTo("def"))
                .withHeader("Authorization", absent()));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void noRedirectTargetGetsTheBearerTokenEvenOnZoomsOwnHost(Transport transport) {
        stubDetails(fixture("meeting-q3.json"));
        zoom().stubFor(get(urlPathEqualTo(DOWNLOAD)).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "/signed/same-host.vtt?Signature=abc")));
        zoom().stubFor(get(urlPathEqualTo("/signed/same-host.vtt")).willReturn(aResponse().withStatus(200)
                .withBody(fixture("transcript.vtt"))));

        assertThat(call(transport, TOOL, ARGS).isError()).isFalse();

        zoom().verify(1, getRequestedFor(urlPathEqualTo("/signed/same-host.vtt"))
                .withHeader("Authorization", absent()));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void fallsBackToCaptionsWithoutATranscriptFile(Transport transport) {
        stubDetails(fixture("meeting-q3.json")
                .replace("\"file_type\": \"TRANSCRIPT\"", "\"file_type\": \"CC\"")
                .replaceAll(TRANSCRIPT_STATUS, "\"recording_type\": \"closed_caption\""));
        stubRedirectedDownload("captions.vtt");

        ToolResponse response = call(transport, TOOL, ARGS);

        assertThat(response.isError()).as(response.toString()).isFalse();
        assertThat(structured(response).getJsonArray("speakers")).isEmpty();
        assertThat(structured(response).getString("transcript")).isEqualTo("""
                [00:00] Hi everyone, thanks for joining.
                [00:02] Action item: Sam drafts the docs.
                """);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void saysWhenTheTranscriptIsStillProcessing(Transport transport) {
        stubDetails(fixture("meeting-q3.json").replaceAll(TRANSCRIPT_STATUS,
                "\"status\": \"processing\", \"recording_type\": \"audio_transcript\""));

        ToolResponse response = call(transport, TOOL, ARGS);

        assertThat(response.isError()).isTrue();
        assertThat(text(response)).contains("still being processed", "Try again in a few minutes");
        zoom().verify(0, getRequestedFor(urlPathEqualTo(DOWNLOAD)));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void saysWhenThereIsNoTranscript(Transport transport) {
        stubDetails(fixture("meeting-q3.json").replace("\"file_type\": \"TRANSCRIPT\"", "\"file_type\": \"M4A\""));

        ToolResponse response = call(transport, TOOL, ARGS);

        assertThat(response.isError()).isTrue();
        assertThat(text(response)).contains("has no transcript", "Create audio transcript");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void downloadErrorsAreReportedLikeApiErrors(Transport transport) {
        stubDetails(fixture("meeting-q3.json"));
        zoom().stubFor(get(urlPathEqualTo(DOWNLOAD)).willReturn(aResponse().withStatus(401)
                .withBody("{\"code\":124,\"message\":\"Invalid access token.\"}")));

        ToolResponse response = call(transport, TOOL, ARGS);

        assertThat(response.isError()).isTrue();
        assertThat(text(response)).contains("HTTP 401", "zoom_refresh_token").doesNotContain(TOKEN);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void anUntrustedDownloadHostNeverSeesTheToken(Transport transport) {
        stubDetails(fixture("meeting-q3.json").replace(zoomBase() + "/rec/download/transcript-q3",
                cdnBase() + DOWNLOAD));

        ToolResponse response = call(transport, TOOL, ARGS);

        assertThat(response.isError()).isTrue();
        assertThat(text(response)).contains("not in zoom.download.trusted-hosts");
        cdn().verify(0, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void meetingNotFound(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(DETAILS)).willReturn(aResponse().withStatus(404)
                .withBody("{\"code\":3301,\"message\":\"This recording does not exist.\"}")));

        ToolResponse response = call(transport, TOOL, ARGS);

        assertThat(response.isError()).isTrue();
        assertThat(text(response)).contains("3301", "zoom_list_recordings");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void badInputIsRefusedWithoutCallingZoom(Transport transport) {
        assertThat(text(call(transport, TOOL, Map.of("zoom_access_token", TOKEN, "meeting_id", "a b\u0000c"))))
                .contains("meeting_id");
        assertThat(text(call(transport, TOOL, Map.of("meeting_id", "85746065432")))).contains("zoom_access_token");
        zoom().verify(0, anyRequestedFor(anyUrl()));
    }
}
