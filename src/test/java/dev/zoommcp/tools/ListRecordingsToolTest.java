package dev.zoommcp.tools;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import static dev.zoommcp.support.ZoomFake.fixture;
import static dev.zoommcp.support.ZoomFake.zoom;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

import dev.zoommcp.support.Transport;
import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkiverse.mcp.server.ToolResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

@QuarkusTest
class ListRecordingsToolTest extends ZoomToolTestBase {

    private static final String PATH = "/v2/users/me/recordings";

    private static Map<String, Object> args(Object... keyValues) {
        Map<String, Object> args = new HashMap<>();
        args.put("zoom_access_token", TOKEN);
        for (int i = 0; i < keyValues.length; i += 2) {
            args.put((String) keyValues[i], keyValues[i + 1]);
        }
        return args;
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void listsMeetingsWithWhatAnAgentNeeds(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(fixture("recordings-page1.json"))));

        ToolResponse response = call(transport, "zoom_list_recordings",
                args("from_date", "2026-10-01", "to_date", "2026-10-31", "page_size", 2));

        assertThat(response.isError()).as(response.toString()).isFalse();
        JsonObject result = structured(response);
        assertThat(result.getString("from_date")).isEqualTo("2026-10-01");
        assertThat(result.getString("to_date")).isEqualTo("2026-10-31");
        assertThat(result.getInteger("total_records")).isEqualTo(3);
        assertThat(result.getString("next_page_token")).startsWith("zmcp1.");
        JsonObject first = result.getJsonArray("meetings").getJsonObject(0);
        assertThat(first.getLong("meeting_id")).isEqualTo(85746065432L);
        assertThat(first.getString("uuid")).isEqualTo("4444AAAiAAAAAiAiAiiAii==");
        assertThat(first.getString("topic")).isEqualTo("Q3 roadmap review");
        assertThat(first.getInteger("duration_minutes")).isEqualTo(42);
        assertThat(first.getJsonArray("file_types").getList()).containsExactly("MP4", "TRANSCRIPT", "TIMELINE");
        assertThat(first.getBoolean("has_transcript")).isTrue();
        assertThat(result.getJsonArray("meetings").getJsonObject(1).getBoolean("has_transcript")).isFalse();
        // Passcodes are never passed on to the agent.
        assertThat(text(response)).doesNotContain("yNYIS408EJygs7rE5vVsJwXIz4");

        zoom().verify(getRequestedFor(urlPathEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withQueryParam("from", equalTo("2026-10-01"))
                .withQueryParam("to", equalTo("2026-10-31"))
                .withQueryParam("page_size", equalTo("2"))
                .withQueryParam("next_page_token", absent()));
    }

    /** Hard days for a default range (month ends, leap day, year change) and where its month window starts. */
    static Stream<Arguments> hardDays() {
        String[][] days = { { "2026-03-31", "2026-03-01" }, { "2026-03-01", "2026-02-02" },
                { "2026-11-30", "2026-11-01" }, { "2028-02-29", "2028-02-01" }, { "2028-03-29", "2028-03-01" },
                { "2026-12-31", "2026-12-01" }, { "2027-01-01", "2026-12-02" }, { "2026-05-31", "2026-05-01" },
                { "2026-06-17", "2026-05-18" } };
        return Stream.of(Transport.values()).flatMap(t -> Stream.of(days).map(d -> Arguments.of(t, d[0], d[1])));
    }

    @ParameterizedTest
    @MethodSource("hardDays")
    void withoutDatesListsTheMonthEndingTodayInOneRequest(Transport transport, String today, String monthStart) {
        clock.pinTo(Instant.parse(today + "T23:59:59Z"));
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(fixture("recordings-page2.json"))));

        ToolResponse response = call(transport, "zoom_list_recordings", args());

        assertThat(response.isError()).as(response.toString()).isFalse();
        zoom().verify(1, getRequestedFor(urlPathEqualTo(PATH)));
        zoom().verify(getRequestedFor(urlPathEqualTo(PATH))
                .withQueryParam("from", equalTo(monthStart))
                .withQueryParam("to", equalTo(today))
                .withQueryParam("page_size", equalTo("30")));
        assertThat(structured(response).getString("from_date")).isEqualTo(monthStart);
        assertThat(structured(response).getString("next_page_token")).isNull();
    }

    @ParameterizedTest
    @MethodSource("hardDays")
    void withOnlyToDateListsTheMonthEndingThatDay(Transport transport, String day, String monthStart) {
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(fixture("recordings-page2.json"))));

        ToolResponse response = call(transport, "zoom_list_recordings", args("to_date", day));

        assertThat(response.isError()).as(response.toString()).isFalse();
        zoom().verify(1, getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("from", equalTo(monthStart))
                .withQueryParam("to", equalTo(day)));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void theReturnedTokenCarriesZoomsTokenAndTheDates(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(PATH)).withQueryParam("next_page_token", absent())
                .willReturn(okJson(fixture("recordings-page1.json"))));
        zoom().stubFor(get(urlPathEqualTo(PATH))
                .withQueryParam("next_page_token", equalTo("Tva2CuIdTgsv8wAnhyAdU3m06Y2HuLQtlh3"))
                .willReturn(okJson(fixture("recordings-page2.json"))));
        String token = structured(call(transport, "zoom_list_recordings",
                args("from_date", "2026-10-01", "to_date", "2026-10-31", "page_size", 2))).getString("next_page_token");

        ToolResponse second = call(transport, "zoom_list_recordings", args("page_size", 2, "next_page_token", token));

        assertThat(structured(second).getJsonArray("meetings").getJsonObject(0).getString("topic"))
                .isEqualTo("Hiring debrief");
        assertThat(structured(second).getString("from_date")).isEqualTo("2026-10-01");
        zoom().verify(getRequestedFor(urlPathEqualTo(PATH))
                .withQueryParam("next_page_token", equalTo("Tva2CuIdTgsv8wAnhyAdU3m06Y2HuLQtlh3"))
                .withQueryParam("from", equalTo("2026-10-01")).withQueryParam("to", equalTo("2026-10-31")));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aRawZoomTokenIsPassedToZoom(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(fixture("recordings-page2.json"))));

        ToolResponse response = call(transport, "zoom_list_recordings", args("from_date", "2026-10-01",
                "to_date", "2026-10-31", "next_page_token", "Tva2CuIdTgsv8wAnhyAdU3m06Y2HuLQtlh3"));

        assertThat(response.isError()).as(response.toString()).isFalse();
        assertThat(structured(response).getJsonArray("meetings").getJsonObject(0).getString("topic"))
                .isEqualTo("Hiring debrief");
        zoom().verify(getRequestedFor(urlPathEqualTo(PATH))
                .withQueryParam("next_page_token", equalTo("Tva2CuIdTgsv8wAnhyAdU3m06Y2HuLQtlh3")));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void pageNumberWalksNextPageTokens(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(PATH)).withQueryParam("next_page_token", absent())
                .willReturn(okJson(fixture("recordings-page1.json"))));
        zoom().stubFor(get(urlPathEqualTo(PATH))
                .withQueryParam("next_page_token", equalTo("Tva2CuIdTgsv8wAnhyAdU3m06Y2HuLQtlh3"))
                .willReturn(okJson(fixture("recordings-page2.json"))));

        ToolResponse response = call(transport, "zoom_list_recordings",
                args("from_date", "2026-10-01", "to_date", "2026-10-31", "page_size", 2, "page_number", 2));

        assertThat(response.isError()).as(response.toString()).isFalse();
        assertThat(structured(response).getJsonArray("meetings").getJsonObject(0).getString("topic"))
                .isEqualTo("Hiring debrief");
        zoom().verify(2, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @ParameterizedTest
    @MethodSource("hardDays")
    void pageNumberPastTheLastPageIsEmpty(Transport transport, String today, String monthStart) {
        clock.pinTo(Instant.parse(today + "T12:00:00Z"));
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(fixture("recordings-page2.json"))));

        ToolResponse response = call(transport, "zoom_list_recordings", args("page_number", 3));

        assertThat(response.isError()).as(response.toString()).isFalse();
        assertThat(structured(response).getJsonArray("meetings")).isEmpty();
        zoom().verify(1, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void anUnknownUserIsNotReportedAsAMissingMeeting(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":1001,\"message\":\"User does not exist: me.\"}")));

        ToolResponse response = call(transport, "zoom_list_recordings", args());

        assertThat(response.isError()).isTrue();
        assertThat(text(response)).contains("HTTP 404", "1001", "does not know the token's user", "sign in again")
                .doesNotContain("meeting");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void expiredTokenSaysToRefresh(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":124,\"message\":\"Invalid access token.\"}")));

        ToolResponse response = call(transport, "zoom_list_recordings", args());

        assertThat(response.isError()).isTrue();
        assertThat(text(response)).contains("HTTP 401", "Zoom code 124", "Invalid access token.",
                "invalid or expired", "zoom_refresh_token").doesNotContain(TOKEN);
        zoom().verify(1, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aMissingScopeIsNamedAsSuch(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(400).withBody("{\"code\":4711,"
                + "\"message\":\"Invalid access token, does not contain scopes:[cloud_recording:read:list_user_recordings].\"}")));

        ToolResponse response = call(transport, "zoom_list_recordings", args());

        assertThat(text(response)).contains("HTTP 400", "4711", "lacks a scope", "authorize the app again");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void rateLimitIsRetriedThenSucceeds(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(PATH)).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withBody("{\"code\":429,\"message\":\"You have reached the maximum per-second rate limit for this API.\"}"))
                .willSetStateTo("ok"));
        zoom().stubFor(get(urlPathEqualTo(PATH)).inScenario("429").whenScenarioStateIs("ok")
                .willReturn(okJson(fixture("recordings-page2.json"))));

        long started = System.nanoTime();
        ToolResponse response = call(transport, "zoom_list_recordings", args());
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(response.isError()).as(response.toString()).isFalse();
        zoom().verify(2, getRequestedFor(urlPathEqualTo(PATH)));
        assertThat(elapsedMillis).as("Retry-After: 1 honoured").isGreaterThanOrEqualTo(1000);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void longRateLimitIsReportedWithTheWait(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")
                .withBody("{\"code\":429,\"message\":\"Too many requests.\"}")));

        ToolResponse response = call(transport, "zoom_list_recordings", args());

        assertThat(response.isError()).isTrue();
        assertThat(text(response)).contains("HTTP 429", "Wait 120 s");
        zoom().verify(1, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @ParameterizedTest
    @MethodSource("hardDays")
    void dailyLimitIsNotRetried(Transport transport, String today, String monthStart) {
        clock.pinTo(Instant.parse(today + "T00:00:00Z"));
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(429)
                .withHeader("X-RateLimit-Type", "Daily-limit")
                .withBody("{\"code\":429,\"message\":\"You have exceeded the daily rate limit of (2000) for this API.\"}")));

        ToolResponse response = call(transport, "zoom_list_recordings", args());

        assertThat(response.isError()).isTrue();
        assertThat(text(response)).contains("daily quota", "00:00 UTC");
        zoom().verify(1, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void serverErrorsAreRetriedUntilExhausted(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(503)
                .withBody("<html>Service Unavailable</html>")));

        ToolResponse response = call(transport, "zoom_list_recordings", args());

        assertThat(response.isError()).isTrue();
        assertThat(text(response)).contains("HTTP 503", "Zoom's side", "try again");
        zoom().verify(4, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void slowZoomIsCutAtTheTimeout(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(fixture("recordings-page2.json"))
                .withFixedDelay(2000)));

        long started = System.nanoTime();
        ToolResponse response = call(transport, "zoom_list_recordings", args());
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(response.isError()).isTrue();
        assertThat(text(response)).contains("did not answer in time");
        zoom().verify(4, getRequestedFor(urlPathEqualTo(PATH)));
        assertThat(elapsedMillis).as("4 attempts of 500 ms, not 4 of 2 s").isLessThan(7000);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void malformedJsonIsAClearError(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"meetings\": [ {\"id\": ")));

        ToolResponse response = call(transport, "zoom_list_recordings", args());

        assertThat(response.isError()).isTrue();
        assertThat(text(response)).contains("not the JSON Zoom's API documents");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void badArgumentsAreRefusedWithoutCallingZoom(Transport transport) {
        assertRefused(transport, args("from_date", "2026/10/01"), "from_date", "yyyy-MM-dd");
        assertRefused(transport, args("to_date", "2026-02-30"), "to_date", "yyyy-MM-dd");
        assertRefused(transport, args("page_size", 0), "page_size", "between 1 and 300");
        assertRefused(transport, args("page_size", 1000), "page_size", "between 1 and 300");
        assertRefused(transport, args("page_number", 0), "page_number", "between 1 and 20");
        assertRefused(transport, args("page_number", 2, "next_page_token", "abc"), "either next_page_token or page_number");
        assertRefused(transport, args("from_date", "2026-10-31", "to_date", "2026-10-01"), "from_date", "swap");
        assertRefused(transport, args("from_date", "2025-01-01", "to_date", "2026-06-30"), "longer than 12 months");
        assertRefused(transport, args("next_page_token", "zmcp1.garbage!"), "next_page_token is damaged");
        Map<String, Object> noToken = args();
        noToken.remove("zoom_access_token");
        assertRefused(transport, noToken, "zoom_access_token");
        assertRefused(transport, args("zoom_access_token", "   "), "zoom_access_token is required");
        assertRefused(transport, args("page_size", "many"), "page_size");
        assertRefused(transport, args("zoom_access_token", "tok1,tok2"), "zoom_access_token is malformed");
        assertRefused(transport, args("zoom_access_token", "Bearer abc"), "zoom_access_token is malformed");
        assertRefused(transport, args("next_page_token", "a&from=1999-01-01 x"), "next_page_token is malformed");
        zoom().verify(0, anyRequestedFor(anyUrl()));
    }

    private static void assertRefused(Transport transport, Map<String, Object> args, String... expected) {
        ToolResponse response = call(transport, "zoom_list_recordings", args);
        assertThat(response.isError()).as(args.toString()).isTrue();
        assertThat(text(response)).contains(expected);
    }
}
