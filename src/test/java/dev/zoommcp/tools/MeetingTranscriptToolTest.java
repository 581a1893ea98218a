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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.zoommcp.support.Transport;
import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkiverse.mcp.server.ToolResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
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

    /** Turns in long-transcript.vtt: 40 cues alternating between two speakers. */
    private static final int LONG_TURNS = 40;

    private static Map<String, Object> with(Map<String, Object> args, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(args);
        copy.put(key, value);
        return copy;
    }

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
        assertThat(result.getString("source")).isEqualTo("TRANSCRIPT");
        assertThat(result.getString("format")).isEqualTo("text");
        assertThat(result.getString("transcript")).isEqualTo("""
                [00:00] Alex: Hi everyone, thanks for joining. Let's get started with the roadmap.
                [00:04] Priya: Sure. The first item is the Q3 launch, which moved by two weeks.
                [00:10] Sam: Two weeks is fine for support: we need the docs done first.
                [00:16] Priya: Agreed. Action item: Sam drafts the docs by Friday.
                [01:02] Alex: Great: one more thing — the URL is https://example.com/a:b, keep it.
                """);
        assertThat(result.getInteger("total_chars")).isEqualTo(result.getString("transcript").length());
        assertThat(result.getString("next_cursor")).isNull();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void segmentsAreStructuredTurnsWithFullNames(Transport transport) {
        stubDetails(fixture("meeting-q3.json"));
        stubRedirectedDownload("transcript.vtt");

        ToolResponse response = call(transport, TOOL, with(ARGS, "format", "segments"));

        assertThat(response.isError()).as(response.toString()).isFalse();
        JsonArray segments = structured(response).getJsonArray("segments");
        assertThat(segments).hasSize(6);
        JsonObject first = segments.getJsonObject(0);
        assertThat(first.getDouble("start_seconds")).isEqualTo(0.05);
        assertThat(first.getDouble("end_seconds")).isEqualTo(4.05);
        assertThat(first.getString("speaker")).isEqualTo("Alex Rivera");
        assertThat(first.getString("text")).isEqualTo("Hi everyone, thanks for joining. Let's get started with the roadmap.");
        assertThat(segments.getJsonObject(2).getString("speaker")).isNull();
        assertThat(segments.getJsonObject(2).getString("text")).isEqualTo("Hmm.");
        assertThat(structured(response).getString("transcript")).isNull();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void vttIsZoomsFileUnchanged(Transport transport) {
        stubDetails(fixture("meeting-q3.json"));
        stubRedirectedDownload("transcript.vtt");

        ToolResponse response = call(transport, TOOL, with(ARGS, "format", "vtt"));

        assertThat(structured(response).getString("transcript")).isEqualTo(fixture("transcript.vtt"));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void longTranscriptsArePagedWithACursor(Transport transport) {
        stubDetails(fixture("meeting-q3.json"));
        stubRedirectedDownload("transcript.vtt");
        String whole = structured(call(transport, TOOL, ARGS)).getString("transcript");

        StringBuilder read = new StringBuilder();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, Object> args = with(ARGS, "max_chars", 1000);
            if (cursor != null) {
                args = with(args, "cursor", cursor);
            }
            args = with(args, "format", "text");
            JsonObject page = structured(call(transport, TOOL, args));
            read.append(page.getString("transcript"));
            cursor = page.getString("next_cursor");
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(read.toString()).isEqualTo(whole);
        assertThat(pages).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void segmentsPagesFollowTheCursorToTheEnd(Transport transport) {
        stubDetails(fixture("meeting-q3.json"));
        stubRedirectedDownload("long-transcript.vtt");

        List<Object> speakers = new java.util.ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, Object> args = with(with(ARGS, "format", "segments"), "max_chars", 1000);
            JsonObject page = structured(call(transport, TOOL, cursor == null ? args : with(args, "cursor", cursor)));
            page.getJsonArray("segments").forEach(s -> speakers.add(((JsonObject) s).getString("speaker")));
            assertThat(page.getJsonArray("segments").stream().mapToInt(s -> ((JsonObject) s).getString("text").length())
                    .sum()).isLessThanOrEqualTo(1000);
            cursor = page.getString("next_cursor");
            pages++;
        } while (cursor != null && pages < 50);

        assertThat(pages).isGreaterThan(2).isLessThan(50);
        assertThat(speakers).hasSize(LONG_TURNS);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void badFormatMaxCharsAndCursorsAreRefusedWithoutCallingZoom(Transport transport) {
        assertThat(text(call(transport, TOOL, with(ARGS, "format", "pdf")))).contains("text, segments or vtt");
        assertThat(text(call(transport, TOOL, with(ARGS, "max_chars", 10)))).contains("max_chars", "between");
        assertThat(text(call(transport, TOOL, with(ARGS, "cursor", "garbage")))).contains("cursor", "next_cursor");
        String textCursor = new PageCursor("text", "85746065432", 100).encode();
        assertThat(text(call(transport, TOOL, with(with(ARGS, "cursor", textCursor), "format", "segments"))))
                .contains("issued for format text");
        String otherMeeting = new PageCursor("text", "91234567890", 100).encode();
        assertThat(text(call(transport, TOOL, with(ARGS, "cursor", otherMeeting)))).contains("issued for meeting_id 91234567890");
        String forged = new PageCursor("pdf", "85746065432", 10).encode();
        assertThat(text(call(transport, TOOL, with(ARGS, "cursor", forged)))).contains("not one this server issued");
        zoom().verify(0, anyRequestedFor(anyUrl()));
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
        assertThat(structured(response).getString("source")).isEqualTo("CC");
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
    void aTranscriptThatCannotBeDownloadedFallsBackToCaptions(Transport transport) {
        stubDetails(withCaptions(fixture("meeting-q3.json")));
        zoom().stubFor(get(urlPathEqualTo(DOWNLOAD)).willReturn(aResponse().withStatus(404)
                .withBody("{\"code\":3301,\"message\":\"This recording does not exist.\"}")));
        zoom().stubFor(get(urlPathEqualTo("/rec/download/captions-q3")).willReturn(aResponse().withStatus(200)
                .withBody(fixture("captions.vtt"))));

        ToolResponse response = call(transport, TOOL, ARGS);

        assertThat(response.isError()).as(response.toString()).isFalse();
        assertThat(structured(response).getString("source")).isEqualTo("CC");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aListedFileThatCannotBeDownloadedIsNotCalledAMissingMeeting(Transport transport) {
        stubDetails(fixture("meeting-q3.json"));
        zoom().stubFor(get(urlPathEqualTo(DOWNLOAD)).willReturn(aResponse().withStatus(302)
                .withHeader("Location", cdnBase() + SIGNED)));
        cdn().stubFor(get(urlPathEqualTo(SIGNED)).willReturn(aResponse().withStatus(403)
                .withBody("<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>")));

        ToolResponse response = call(transport, TOOL, ARGS);

        assertThat(response.isError()).isTrue();
        assertThat(text(response)).contains("lists a transcript file", "HTTP 403", "expired", "call the tool again")
                .doesNotContain("zoom_list_recordings").doesNotContain("scope");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aWebPageInsteadOfTheFileIsExplained(Transport transport) {
        stubDetails(fixture("meeting-q3.json"));
        zoom().stubFor(get(urlPathEqualTo(DOWNLOAD)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<!DOCTYPE html><html><title>Sign In - Zoom</title></html>")));

        ToolResponse response = call(transport, TOOL, ARGS);

        assertThat(response.isError()).isTrue();
        assertThat(text(response)).contains("web page", "not accepted for downloads").doesNotContain("empty");
    }

    /** Adds a completed CC file to a meeting fixture. */
    private static String withCaptions(String meetingJson) {
        JsonObject meeting = new JsonObject(meetingJson);
        meeting.getJsonArray("recording_files").add(new JsonObject().put("file_type", "CC").put("file_extension", "VTT")
                .put("download_url", zoomBase() + "/rec/download/captions-q3").put("recording_type", "closed_caption"));
        return meeting.encode();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void anUntrustedDownloadHostNeverSeesTheToken(Transport transport) {
        stubDetails(fixture("meeting-q3.json").replace(zoomBase() + "/rec/download/transcript-q3",
                cdnBase() + DOWNLOAD));

        ToolResponse response = call(transport, TOOL, ARGS);

        assertThat(response.isError()).isTrue();
        assertThat(text(response)).containsAnyOf("not in zoom.download.trusted-hosts", "not https");
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
