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
import static dev.zoommcp.support.ZoomFake.zoom;
import static dev.zoommcp.support.ZoomFake.zoomBase;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.zoommcp.support.Transport;
import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkiverse.mcp.server.ToolResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * zoom_search_transcripts as a ranked search over transcripts, chats and AI summaries of several meetings: word forms,
 * phrases, score order, the speaker filter, skipped sources, and each Zoom object fetched once per caller.
 */
@QuarkusTest
class RankedSearchToolTest extends ZoomToolTestBase {

    private static final String TOOL = "zoom_search_transcripts";
    private static final String LIST = "/v2/users/me/recordings";
    private static final List<String> ALL_SOURCES = List.of("transcript", "chat", "summary");

    private static String vtt(String... cues) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        for (int i = 0; i < cues.length; i++) {
            vtt.append(i + 1).append('\n').append(String.format("00:%02d:%02d.000 --> 00:%02d:%02d.900%n", i, 5, i, 9))
                    .append(cues[i]).append("\n\n");
        }
        return vtt.toString();
    }

    private static JsonObject file(String type, String path) {
        return new JsonObject().put("id", path).put("file_type", type).put("status", "completed")
                .put("download_url", zoomBase() + "/rec/download/" + path);
    }

    /**
     * Three meetings: "Pricing review" (transcript, chat, summary), "Weekly sync" (transcript only; Zoom has no summary)
     * and "Roadmap" (transcript and an unrelated chat; no summary).
     */
    private static void stubMeetings() {
        JsonArray meetings = new JsonArray()
                .add(meeting(1, "Pricing review", "2026-10-20T09:00:00Z", true))
                .add(meeting(2, "Weekly sync", "2026-10-15T09:00:00Z", false))
                .add(meeting(3, "Roadmap", "2026-10-12T09:00:00Z", true));
        zoom().stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson(new JsonObject().put("total_records", 3)
                .put("next_page_token", "").put("meetings", meetings).encode())));
        download("t-1", vtt("Dana Kim: We priced the starter plan at ten dollars.",
                "Alex Rivera: The price increase lands in January.",
                "Dana Kim: Let's talk about hiring next."));
        download("c-1", "00:02:00\tSam Lee:\tPricing sheet: https://example.com/sheet\n");
        zoom().stubFor(get(urlPathEqualTo("/v2/meetings/uuid-1/meeting_summary")).willReturn(okJson(new JsonObject()
                .put("meeting_uuid", "uuid-1").put("meeting_topic", "Pricing review")
                .put("summary_overview", "The team agreed on the pricing of the starter plan.")
                .put("next_steps", new JsonArray().add("Dana sends the hiring plan.")).encode())));
        download("t-2", vtt("Dana Kim: The increase in price was not discussed.", "Priya Natarajan: Budget only."));
        download("t-3", vtt("Alex Rivera: Price, price, pricing: the price matters most."));
        download("c-3", "00:00:30\tPriya Natarajan:\tSee you next week\n");
        for (String uuid : new String[] { "uuid-2", "uuid-3" }) {
            zoom().stubFor(get(urlPathEqualTo("/v2/meetings/" + uuid + "/meeting_summary")).willReturn(aResponse()
                    .withStatus(404).withBody("{\"code\":3322,\"message\":\"Meeting summary does not exist.\"}")));
        }
    }

    private static JsonObject meeting(int n, String topic, String start, boolean chat) {
        JsonArray files = new JsonArray().add(file("TRANSCRIPT", "t-" + n));
        if (chat) {
            files.add(file("CHAT", "c-" + n));
        }
        return new JsonObject().put("uuid", "uuid-" + n).put("id", 82000000000L + n).put("topic", topic)
                .put("start_time", start).put("duration", 30).put("recording_files", files);
    }

    private static void download(String path, String body) {
        zoom().stubFor(get(urlPathEqualTo("/rec/download/" + path)).willReturn(aResponse().withBody(body)));
    }

    private static Map<String, Object> args(Object... keyValues) {
        Map<String, Object> args = new HashMap<>();
        args.put("zoom_access_token", TOKEN);
        args.put("from_date", "2026-10-01");
        args.put("to_date", "2026-10-31");
        args.put("sources", ALL_SOURCES);
        for (int i = 0; i < keyValues.length; i += 2) {
            args.put((String) keyValues[i], keyValues[i + 1]);
        }
        return args;
    }

    private static List<JsonObject> matches(ToolResponse response) {
        assertThat(response.isError()).as(response.toString()).isFalse();
        return structured(response).getJsonArray("matches").stream().map(JsonObject.class::cast).toList();
    }

    private static int downloads() {
        return zoom().findAll(getRequestedFor(urlPathMatching("/rec/download/.*"))).size();
    }

    private static int requests(String pathRegex) {
        return zoom().findAll(getRequestedFor(urlPathMatching(pathRegex))).size();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void pricingFindsEveryFormOfTheWordInTranscriptsChatsAndSummariesBestFirst(Transport transport) {
        stubMeetings();

        ToolResponse response = call(transport, TOOL, args("query", "pricing"));

        List<JsonObject> matches = matches(response);
        assertThat(matches).extracting(m -> m.getString("snippet")).containsExactlyInAnyOrder(
                "We **priced** the starter plan at ten dollars.",
                "The **price** increase lands in January.",
                "**Pricing** sheet: https://example.com/sheet",
                "The team agreed on the **pricing** of the starter plan.",
                "The increase in **price** was not discussed.",
                "**Price**, **price**, **pricing**: the **price** matters most.");
        assertThat(matches).extracting(m -> m.getDouble("score")).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(matches.get(0).getString("topic")).isEqualTo("Roadmap");
        JsonObject chat = matches.stream().filter(m -> m.getString("source").equals("chat")).findFirst().orElseThrow();
        assertThat(chat.getMap()).containsEntry("speaker", "Sam Lee").containsEntry("at", "[02:00]")
                .containsEntry("topic", "Pricing review").containsEntry("uuid", "uuid-1");
        JsonObject summary = matches.stream().filter(m -> m.getString("source").equals("summary")).findFirst()
                .orElseThrow();
        assertThat(summary.getMap()).doesNotContainKeys("at", "speaker");
        JsonObject priced = matches.stream().filter(m -> m.getString("snippet").contains("priced")).findFirst()
                .orElseThrow();
        assertThat(priced.getMap()).containsEntry("source", "transcript").containsEntry("speaker", "Dana Kim")
                .containsEntry("at", "[00:05]").containsEntry("meeting_id", 82000000001L);

        JsonArray skipped = structured(response).getJsonArray("skipped");
        assertThat(skipped.stream().map(JsonObject.class::cast).map(s -> s.getString("topic") + "/"
                + s.getString("source"))).containsExactly("Weekly sync/chat", "Weekly sync/summary", "Roadmap/summary");
        assertThat(skipped.getJsonObject(0).getString("reason")).contains("no chat file");
        assertThat(skipped.getJsonObject(1).getString("reason")).contains("no AI summary", "3322");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aPhraseMatchesOnlyThePhrase(Transport transport) {
        stubMeetings();

        List<JsonObject> matches = matches(call(transport, TOOL, args("query", "\"price increase\"")));

        assertThat(matches).extracting(m -> m.getString("snippet"))
                .containsExactly("The **price** **increase** lands in January.");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void theSpeakerFilterKeepsOnlyThatSpeakersTurns(Transport transport) {
        stubMeetings();

        List<JsonObject> matches = matches(call(transport, TOOL, args("query", "price", "speaker", "DANA")));

        assertThat(matches).hasSize(2).allSatisfy(m -> assertThat(m.getString("speaker")).isEqualTo("Dana Kim"));
        assertThat(matches).extracting(m -> m.getString("topic")).containsExactlyInAnyOrder("Pricing review",
                "Weekly sync");
    }

    @Test
    void transcriptIsTheDefaultSource() {
        stubMeetings();
        Map<String, Object> args = args("query", "pricing");
        args.remove("sources");

        List<JsonObject> matches = matches(call(Transport.STREAMABLE_HTTP, TOOL, args));

        assertThat(matches).hasSize(4).allSatisfy(m -> assertThat(m.getString("source")).isEqualTo("transcript"));
        assertThat(requests("/v2/meetings/.*")).isZero();
        assertThat(requests("/rec/download/c-.*")).isZero();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void summariesTheTokenMayNotReadAreSkippedOnceNotFailingTheSearch(Transport transport) {
        stubMeetings();
        zoom().stubFor(get(urlPathMatching("/v2/meetings/.*/meeting_summary")).willReturn(aResponse().withStatus(400)
                .withBody("{\"code\":4711,\"message\":\"Invalid access token, does not contain scopes:"
                        + "[meeting:read:summary].\"}")));

        ToolResponse response = call(transport, TOOL, args("query", "pricing", "sources", List.of("summary", "transcript")));

        assertThat(matches(response)).hasSize(4);
        List<JsonObject> skipped = structured(response).getJsonArray("skipped").stream().map(JsonObject.class::cast)
                .filter(s -> s.getString("source").equals("summary")).toList();
        assertThat(skipped).hasSize(1);
        assertThat(skipped.get(0).getMap()).doesNotContainKey("meeting_id");
        assertThat(skipped.get(0).getString("reason")).contains("not permitted", "4711", "authorizes the app again");

        // the token's refusal is remembered: neither a refined search nor the summary tool asks Zoom again
        int asked = requests("/v2/meetings/.*/meeting_summary");
        ToolResponse refined = call(transport, TOOL, args("query", "\"price increase\"", "sources", List.of("summary")));
        assertThat(structured(refined).getJsonArray("skipped").encode()).contains("not permitted");
        ToolResponse summary = call(transport, MeetingSummaryTool.NAME, Map.of("zoom_access_token", TOKEN,
                "meeting_id", "82000000002"));
        assertThat(summary.isError()).isTrue();
        assertThat(summary.content().get(0).asText().text()).contains("scope");
        assertThat(requests("/v2/meetings/.*/meeting_summary")).isEqualTo(asked);
    }

    @Test
    void aRepeatedAndARefinedSearchAskZoomForNothingAgain() {
        stubMeetings();
        matches(call(Transport.STREAMABLE_HTTP, TOOL, args("query", "pricing")));
        int downloads = downloads();
        int summaries = requests("/v2/meetings/.*/meeting_summary");
        assertThat(downloads).as("three transcripts, two chats").isEqualTo(5);
        assertThat(summaries).isEqualTo(3);
        assertThat(requests(LIST)).isEqualTo(1);

        matches(call(Transport.SSE, TOOL, args("query", "pricing")));
        List<JsonObject> refined = matches(call(Transport.STREAMABLE_HTTP, TOOL, args("query", "\"price increase\"")));

        assertThat(refined).hasSize(1);
        assertThat(downloads()).as("transcript and chat downloads").isEqualTo(downloads);
        assertThat(requests("/v2/meetings/.*/meeting_summary")).as("summaries, and Zoom's 'no summary'")
                .isEqualTo(summaries);
        assertThat(requests(LIST)).as("listings").isEqualTo(1);
    }

    @Test
    void anAgentsSessionFetchesEachZoomObjectOnce() {
        stubMeetings();
        zoom().stubFor(get(urlPathEqualTo("/v2/meetings/82000000001/recordings"))
                .willReturn(okJson(meeting(1, "Pricing review", "2026-10-20T09:00:00Z", true).encode())));
        zoom().stubFor(get(urlPathEqualTo("/v2/meetings/82000000001/meeting_summary")).willReturn(okJson(
                new JsonObject().put("meeting_uuid", "uuid-1").put("summary_overview", "Pricing agreed.").encode())));
        Map<String, Object> meeting = Map.of("zoom_access_token", TOKEN, "meeting_id", "82000000001");

        for (String tool : List.of("zoom_get_recording_details", "zoom_get_meeting_transcript", "zoom_get_meeting_chat",
                "zoom_get_meeting_summary", "zoom_get_recording_details", "zoom_get_meeting_transcript")) {
            assertThat(call(Transport.STREAMABLE_HTTP, tool, meeting).isError()).as(tool).isFalse();
        }
        matches(call(Transport.STREAMABLE_HTTP, TOOL, args("query", "pricing")));

        assertThat(requests("/v2/meetings/82000000001/recordings")).as("details").isEqualTo(1);
        assertThat(requests("/rec/download/t-1")).as("transcript").isEqualTo(1);
        assertThat(requests("/rec/download/c-1")).as("chat").isEqualTo(1);
        // the summary tool asked by meeting id, the search by instance uuid: the answer to the first names the instance
        assertThat(requests("/v2/meetings/82000000001/meeting_summary")).isEqualTo(1);
        assertThat(requests("/v2/meetings/uuid-1/meeting_summary")).isZero();
    }

    @Test
    void tokensNeverShareCachedAnswers() {
        stubMeetings();
        String other = "other-token-canary-2b8e";

        matches(call(Transport.STREAMABLE_HTTP, TOOL, args("query", "pricing")));
        matches(call(Transport.STREAMABLE_HTTP, TOOL, args("query", "pricing", "zoom_access_token", other)));

        for (String token : new String[] { TOKEN, other }) {
            assertThat(zoom().findAll(getRequestedFor(urlPathMatching("/rec/download/t-1"))
                    .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + token))))
                    .as(token.substring(0, 5)).hasSize(1);
        }
        assertThat(requests(LIST)).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void queriesWithLuceneSyntaxErrorsAreSearchedAsWords(Transport transport) {
        stubMeetings();

        for (String query : List.of("\"price increase", "(pricing", "price:", "title:secret OR price", "price AND",
                "[price TO", "price~^ \\")) {
            ToolResponse response = call(transport, TOOL, args("query", query));
            assertThat(response.isError()).as(query + ": " + response).isFalse();
        }
        assertThat(matches(call(transport, TOOL, args("query", "\"price increase")))).hasSize(6);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void badInputIsRefusedWithoutCallingZoom(Transport transport) {
        assertThat(text(call(transport, TOOL, args("query", "x".repeat(201))))).contains("query must be 2 to 200");
        assertThat(text(call(transport, TOOL, args("query", "   ")))).contains("query must be 2 to 200");
        assertThat(text(call(transport, TOOL, args("query", "the")))).contains("no word to look for");
        assertThat(text(call(transport, TOOL, args("query", "-price")))).contains("not excluded");
        assertThat(text(call(transport, TOOL, args("query", "price", "sources", List.of("video")))))
                .contains("sources may hold transcript, chat, summary");
        assertThat(text(call(transport, TOOL, args("query", "price", "speaker", "d".repeat(101)))))
                .contains("speaker must be");
        assertThat(text(call(transport, TOOL, args("query", "price", "speaker", " -- ")))).contains("speaker must be");
        zoom().verify(0, anyRequestedFor(anyUrl()));
    }
}
