package dev.zoommcp.tools;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.zoommcp.support.McpCalls.call;
import static dev.zoommcp.support.McpCalls.structured;
import static dev.zoommcp.support.McpCalls.text;
import static dev.zoommcp.support.ZoomFake.fixture;
import static dev.zoommcp.support.ZoomFake.zoom;
import static dev.zoommcp.support.ZoomFake.zoomBase;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.zoommcp.support.Transport;
import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkiverse.mcp.server.ToolResponse;
import io.quarkiverse.mcp.server.test.McpAssured.McpTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

@QuarkusTest
class SearchTranscriptsToolTest extends ZoomToolTestBase {

    private static final String TOOL = "zoom_search_transcripts";
    private static final String LIST = "/v2/users/me/recordings";

    /** A listed meeting; with a transcript file at /rec/download/t-{n} unless {@code transcript} is false. */
    private static JsonObject meeting(int n, boolean transcript) {
        JsonArray files = new JsonArray().add(new JsonObject().put("id", "a" + n).put("file_type", "M4A")
                .put("status", "completed").put("download_url", zoomBase() + "/rec/download/a-" + n));
        if (transcript) {
            files.add(new JsonObject().put("id", "t" + n).put("file_type", "TRANSCRIPT").put("status", "completed")
                    .put("download_url", zoomBase() + "/rec/download/t-" + n));
        }
        return new JsonObject().put("uuid", "uuid-" + n + "==").put("id", 81000000000L + n).put("topic", "Meeting " + n)
                .put("start_time", "2026-10-" + (10 + n) + "T09:00:00Z").put("duration", 30).put("recording_files", files);
    }

    private static void stubMeetings(int count, int withoutTranscript) {
        JsonArray meetings = new JsonArray();
        for (int n = 1; n <= count; n++) {
            meetings.add(meeting(n, n != withoutTranscript));
            String vtt = n % 2 == 1
                    ? fixture("transcript.vtt")
                    : "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nDana Kim: Budget talk only.\n";
            zoom().stubFor(get(urlPathEqualTo("/rec/download/t-" + n)).willReturn(aResponse().withBody(vtt)));
        }
        zoom().stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson(new JsonObject().put("total_records", count)
                .put("next_page_token", "").put("meetings", meetings).encode())));
    }

    private static Map<String, Object> args(Object... keyValues) {
        Map<String, Object> args = new HashMap<>();
        args.put("zoom_access_token", TOKEN);
        args.put("query", "Q3 launch");
        args.put("from_date", "2026-10-01");
        args.put("to_date", "2026-10-31");
        for (int i = 0; i < keyValues.length; i += 2) {
            args.put((String) keyValues[i], keyValues[i + 1]);
        }
        return args;
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void findsThePhraseAcrossMeetingsWithSpeakerAndTime(Transport transport) {
        stubMeetings(4, 3);

        ToolResponse response = call(transport, TOOL, args());

        assertThat(response.isError()).as(response.toString()).isFalse();
        JsonObject result = structured(response);
        assertThat(result.getInteger("meetings_in_range")).isEqualTo(4);
        assertThat(result.getInteger("meetings_searched")).isEqualTo(4);
        JsonArray matches = result.getJsonArray("matches");
        assertThat(matches).hasSize(1);
        JsonObject match = matches.getJsonObject(0);
        assertThat(match.getString("topic")).isEqualTo("Meeting 1");
        assertThat(match.getString("uuid")).isEqualTo("uuid-1==");
        assertThat(match.getString("speaker")).isEqualTo("Priya Natarajan");
        assertThat(match.getString("at")).isEqualTo("[00:04]");
        assertThat(match.getString("snippet")).contains("**Q3** **launch**");
        JsonArray skipped = result.getJsonArray("skipped");
        assertThat(skipped).hasSize(1);
        assertThat(skipped.getJsonObject(0).getString("topic")).isEqualTo("Meeting 3");
        assertThat(skipped.getJsonObject(0).getString("reason")).contains("no transcript");
        zoom().verify(0, getRequestedFor(urlPathMatching("/rec/download/a-.*")));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void sendsProgressNotificationsWhenAskedFor(Transport transport) {
        stubMeetings(5, 0);
        McpTestClient<?, ?> client = transport.connect();
        try {
            AtomicReference<io.quarkiverse.mcp.server.ToolResponse> response = new AtomicReference<>();
            client.when().toolsCall(TOOL).withArguments(args()).withMetadata(Map.of("progressToken", "search-1"))
                    .withAssert(response::set).send().thenAssertResults();
            List<JsonObject> progress = client.waitForNotifications(5).notifications().stream()
                    .filter(n -> "notifications/progress".equals(n.getString("method"))).toList();

            assertThat(response.get().isError()).isFalse();
            assertThat(progress).hasSize(5);
            JsonObject last = progress.get(4).getJsonObject("params");
            assertThat(last.getString("progressToken")).isEqualTo("search-1");
            assertThat(last.getInteger("progress")).isEqualTo(5);
            assertThat(last.getInteger("total")).isEqualTo(5);
            assertThat(last.getString("message")).isEqualTo("Searched 5 of 5 meetings");
        } finally {
            client.disconnect();
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void searchesOnlyTheNewestMaxMeetingsAndSaysSo(Transport transport) {
        stubMeetings(6, 0);

        JsonObject result = structured(call(transport, TOOL, args("max_meetings", 2)));

        assertThat(result.getInteger("meetings_searched")).isEqualTo(2);
        assertThat(result.getBoolean("truncated")).isTrue();
        zoom().verify(2, getRequestedFor(urlPathMatching("/rec/download/t-.*")));
        zoom().verify(1, getRequestedFor(urlPathMatching("/rec/download/t-6")));
        zoom().verify(1, getRequestedFor(urlPathMatching("/rec/download/t-5")));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void anInvalidTokenEndsTheSearchWithItsAdvice(Transport transport) {
        stubMeetings(2, 0);
        zoom().stubFor(get(urlPathMatching("/rec/download/t-.*")).willReturn(aResponse().withStatus(401)
                .withBody("{\"code\":124,\"message\":\"Invalid access token.\"}")));

        ToolResponse response = call(transport, TOOL, args());

        assertThat(response.isError()).isTrue();
        assertThat(text(response)).contains("zoom_refresh_token");
    }

    @Test
    void aCancelledSearchStopsDownloading() throws InterruptedException {
        stubMeetings(24, 0);
        zoom().stubFor(get(urlPathMatching("/rec/download/t-.*")).willReturn(aResponse()
                .withBody(fixture("transcript.vtt")).withFixedDelay(300)));
        McpTestClient<?, ?> client = Transport.SSE.connect();
        try {
            JsonObject request = client.newRequest("tools/call");
            request.put("params", new JsonObject().put("name", TOOL).put("arguments", new JsonObject(args())));
            client.sendAndForget(request);
            Thread.sleep(600);
            client.sendAndForget(client.newMessage("notifications/cancelled")
                    .put("params", new JsonObject().put("requestId", request.getValue("id")).put("reason", "test")));
            // Uncancelled, the 24 paced downloads (8/s) would all have started within about 3 s.
            Thread.sleep(Duration.ofSeconds(5).toMillis());

            int downloads = zoom().findAll(getRequestedFor(urlPathMatching("/rec/download/t-.*"))).size();
            assertThat(downloads).as("downloads after cancelling at 0.6 s").isBetween(1, 15);
        } finally {
            client.disconnect();
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void badInputIsRefusedWithoutCallingZoom(Transport transport) {
        assertThat(text(call(transport, TOOL, args("query", "x")))).contains("query must be 2 to 200 characters");
        assertThat(text(call(transport, TOOL, args("max_meetings", 0)))).contains("max_meetings");
        assertThat(text(call(transport, TOOL, args("from_date", "2024-01-01")))).contains("longer than 12 months");
        assertThat(text(call(transport, TOOL, args("to_date", "2026/10/31")))).contains("yyyy-MM-dd");
        zoom().verify(0, anyRequestedFor(anyUrl()));
    }
}
