package dev.zoommcp.tools;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.zoommcp.support.McpCalls.call;
import static dev.zoommcp.support.McpCalls.structured;
import static dev.zoommcp.support.ZoomFake.zoom;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.zoommcp.support.Transport;
import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkiverse.mcp.server.ToolResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Ranges longer than Zoom's one month per request: split, fetched, merged newest first, paged by our own token. */
@QuarkusTest
class ListRecordingsRangeTest extends ZoomToolTestBase {

    private static final String PATH = "/v2/users/me/recordings";

    /** One meeting on the 15th of each month of 2025; the month window of March has a second page with one more. */
    private static void stubAYear() {
        for (int month = 1; month <= 12; month++) {
            LocalDate to = LocalDate.of(2025, month, 1).plusMonths(1).minusDays(1);
            LocalDate from = LocalDate.of(2025, month, 1);
            boolean march = month == 3;
            zoom().stubFor(get(urlPathEqualTo(PATH)).withQueryParam("from", equalTo(from.toString()))
                    .withQueryParam("to", equalTo(to.toString())).withQueryParam("next_page_token", absent())
                    .willReturn(okJson(page(march ? "march-page-2" : "", meeting(2025, month, 15)))));
        }
        zoom().stubFor(get(urlPathEqualTo(PATH)).withQueryParam("next_page_token", equalTo("march-page-2"))
                .willReturn(okJson(page("", meeting(2025, 3, 2)))));
    }

    private static String meeting(int year, int month, int day) {
        String start = LocalDate.of(year, month, day) + "T10:00:00Z";
        return new JsonObject().put("uuid", "uuid-" + month + "-" + day + "==").put("id", 80000000000L + month * 100 + day)
                .put("topic", "Meeting " + month + "/" + day).put("start_time", start).put("duration", 30)
                .put("recording_files", new JsonArray()).encode();
    }

    private static String page(String nextToken, String... meetings) {
        return "{\"page_size\":300,\"total_records\":" + meetings.length + ",\"next_page_token\":\"" + nextToken
                + "\",\"meetings\":[" + String.join(",", meetings) + "]}";
    }

    private static List<String> topics(JsonObject result) {
        List<String> topics = new ArrayList<>();
        result.getJsonArray("meetings").forEach(m -> topics.add(((JsonObject) m).getString("topic")));
        return topics;
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aYearIsFetchedMonthByMonthAndMergedNewestFirst(Transport transport) {
        stubAYear();

        ToolResponse response = call(transport, "zoom_list_recordings", Map.of("zoom_access_token", TOKEN,
                "from_date", "2025-01-01", "to_date", "2025-12-31", "page_size", 300));

        assertThat(response.isError()).as(response.toString()).isFalse();
        JsonObject result = structured(response);
        assertThat(result.getInteger("total_records")).isEqualTo(13);
        assertThat(topics(result)).startsWith("Meeting 12/15", "Meeting 11/15").endsWith("Meeting 3/2", "Meeting 2/15",
                "Meeting 1/15");
        assertThat(result.getString("next_page_token")).isNull();
        assertThat(result.containsKey("truncated")).isFalse();
        List<LoggedRequest> requests = zoom().findAll(getRequestedFor(urlPathEqualTo(PATH)));
        assertThat(requests).hasSize(13);
        assertThat(requests).allSatisfy(r -> assertThat(r.queryParameter("page_size").firstValue()).isEqualTo("300"));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void mergedResultsArePagedWithThisServersToken(Transport transport) {
        stubAYear();
        List<String> seen = new ArrayList<>();

        JsonObject first = structured(call(transport, "zoom_list_recordings", Map.of("zoom_access_token", TOKEN,
                "from_date", "2025-01-01", "to_date", "2025-12-31", "page_size", 5)));
        seen.addAll(topics(first));
        String token = first.getString("next_page_token");
        assertThat(token).startsWith("zmcp1.");
        int pages = 1;
        while (token != null && pages < 10) {
            // The dates may be left out: the token remembers them.
            JsonObject next = structured(call(transport, "zoom_list_recordings",
                    Map.of("zoom_access_token", TOKEN, "page_size", 5, "next_page_token", token)));
            seen.addAll(topics(next));
            token = next.getString("next_page_token");
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(13).doesNotHaveDuplicates();
        // Later pages are cut from the first page's snapshot: Zoom was asked once per month window (and March's
        // second page), not again for every page.
        zoom().verify(13, getRequestedFor(urlPathEqualTo(PATH)));
        JsonObject third = structured(call(transport, "zoom_list_recordings", Map.of("zoom_access_token", TOKEN,
                "from_date", "2025-01-01", "to_date", "2025-12-31", "page_size", 5, "page_number", 3)));
        assertThat(topics(third)).containsExactlyElementsOf(seen.subList(10, 13));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aTokenWithOtherExplicitDatesIsRefused(Transport transport) {
        stubAYear();
        String token = structured(call(transport, "zoom_list_recordings", Map.of("zoom_access_token", TOKEN,
                "from_date", "2025-01-01", "to_date", "2025-12-31", "page_size", 5))).getString("next_page_token");

        ToolResponse response = call(transport, "zoom_list_recordings", Map.of("zoom_access_token", TOKEN,
                "from_date", "2025-02-01", "to_date", "2025-12-31", "next_page_token", token));

        assertThat(response.isError()).isTrue();
        assertThat(dev.zoommcp.support.McpCalls.text(response)).contains("belongs to 2025-01-01 to 2025-12-31");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aRangeJustOverAMonthTakesTwoRequests(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(page(""))));

        call(transport, "zoom_list_recordings", Map.of("zoom_access_token", TOKEN, "from_date", "2026-01-15",
                "to_date", "2026-02-15"));

        zoom().verify(getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("from", equalTo("2026-01-15"))
                .withQueryParam("to", equalTo("2026-02-14")));
        zoom().verify(getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("from", equalTo("2026-02-15"))
                .withQueryParam("to", equalTo("2026-02-15")));
        zoom().verify(2, getRequestedFor(urlPathEqualTo(PATH)));
    }
}
