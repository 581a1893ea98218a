package dev.zoommcp.tools;

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
import static dev.zoommcp.support.ZoomFake.zoom;
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

/** zoom_list_recordings' topic filter: words of the topic, over the merged listing, with paging that stays right. */
@QuarkusTest
class ListRecordingsTopicTest extends ZoomToolTestBase {

    private static final String TOOL = "zoom_list_recordings";
    private static final String PATH = "/v2/users/me/recordings";
    private static final List<String> TOPICS = List.of("Weekly Planning", "Support sync", "Q3 plans review",
            "Hiring", "PLANNING: roadmap", "Planung Q4");

    /** One month, one Zoom page: the meetings above, newest first. */
    private static void stubMonth() {
        JsonArray meetings = new JsonArray();
        for (int i = 0; i < TOPICS.size(); i++) {
            meetings.add(new JsonObject().put("uuid", "uuid-" + i).put("id", 83000000000L + i).put("topic", TOPICS.get(i))
                    .put("start_time", "2026-03-" + (20 - i) + "T10:00:00Z").put("recording_files", new JsonArray()));
        }
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(new JsonObject().put("page_size", 300)
                .put("total_records", TOPICS.size()).put("next_page_token", "").put("meetings", meetings).encode())));
    }

    private static Map<String, Object> args(Object... keyValues) {
        Map<String, Object> args = new HashMap<>();
        args.put("zoom_access_token", TOKEN);
        args.put("from_date", "2026-03-01");
        args.put("to_date", "2026-03-31");
        for (int i = 0; i < keyValues.length; i += 2) {
            args.put((String) keyValues[i], keyValues[i + 1]);
        }
        return args;
    }

    private static List<String> topics(JsonObject page) {
        return page.getJsonArray("meetings").stream().map(m -> ((JsonObject) m).getString("topic")).toList();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void keepsMeetingsWhoseTopicHasEveryWordInAnyCaseOrForm(Transport transport) {
        stubMonth();

        JsonObject page = structured(call(transport, TOOL, args("topic", "planning")));

        assertThat(topics(page)).containsExactly("Weekly Planning", "Q3 plans review", "PLANNING: roadmap");
        assertThat(page.getInteger("total_records")).isEqualTo(3);
        assertThat(page.getString("next_page_token")).isNull();
        assertThat(topics(structured(call(transport, TOOL, args("topic", "Roadmap PLAN")))))
                .containsExactly("PLANNING: roadmap");
        assertThat(topics(structured(call(transport, TOOL, args("topic", "planung")))))
                .as("another language: the same word").containsExactly("Planung Q4");
        // a month Zoom serves in one request is still read whole (its largest pages), then filtered
        zoom().verify(getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("page_size", equalTo("300")));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void pagesOfAFilteredListingComeFromOneSnapshotAndTheTokenKeepsTheTopic(Transport transport) {
        stubMonth();

        JsonObject first = structured(call(transport, TOOL, args("topic", "plan", "page_size", 2)));
        String token = first.getString("next_page_token");
        JsonObject second = structured(call(transport, TOOL, Map.of("zoom_access_token", TOKEN, "page_size", 2,
                "next_page_token", token)));

        assertThat(topics(first)).containsExactly("Weekly Planning", "Q3 plans review");
        assertThat(first.getInteger("total_records")).isEqualTo(3);
        assertThat(topics(second)).containsExactly("PLANNING: roadmap");
        assertThat(second.getString("next_page_token")).isNull();
        zoom().verify(1, getRequestedFor(urlPathEqualTo(PATH)));
        assertThat(text(call(transport, TOOL, Map.of("zoom_access_token", TOKEN, "next_page_token", token, "topic",
                "hiring")))).contains("with topic 'plan'", "omit from_date, to_date and topic");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aZoomPageTokenOfAnUnfilteredListingIsNotMixedWithATopic(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(new JsonObject().put("next_page_token", "zoomNext1")
                .put("meetings", new JsonArray()).encode())));
        String token = structured(call(transport, TOOL, args())).getString("next_page_token");

        ToolResponse mixed = call(transport, TOOL, Map.of("zoom_access_token", TOKEN, "next_page_token", token,
                "topic", "planning"));

        assertThat(text(mixed)).contains("without a topic");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aTopicWithoutWordsOrTooLongIsRefusedWithoutCallingZoom(Transport transport) {
        assertThat(text(call(transport, TOOL, args("topic", "the")))).contains("topic must be words of the meeting topic");
        assertThat(text(call(transport, TOOL, args("topic", "?!")))).contains("topic must be words");
        assertThat(text(call(transport, TOOL, args("topic", "w".repeat(101))))).contains("at most 100 characters");
        zoom().verify(0, anyRequestedFor(anyUrl()));
    }
}
