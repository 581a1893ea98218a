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

import dev.zoommcp.support.Transport;
import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkiverse.mcp.server.ToolResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

@QuarkusTest
class MeetingSummaryToolTest extends ZoomToolTestBase {

    private static final String TOOL = "zoom_get_meeting_summary";
    private static final String PATH = "/v2/meetings/85746065432/meeting_summary";
    private static final Map<String, Object> ARGS = Map.of("zoom_access_token", TOKEN, "meeting_id", "85746065432");

    @ParameterizedTest
    @EnumSource(Transport.class)
    void returnsTheAiCompanionSummary(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(fixture("meeting-summary.json"))));

        ToolResponse response = call(transport, TOOL, ARGS);

        assertThat(response.isError()).as(response.toString()).isFalse();
        JsonObject result = structured(response);
        assertThat(result.getString("title")).isEqualTo("Meeting summary for Q3 roadmap review");
        assertThat(result.getString("overview")).contains("moved by two weeks");
        assertThat(result.getJsonArray("sections")).hasSize(2);
        assertThat(result.getJsonArray("sections").getJsonObject(1).getString("label")).isEqualTo("Documentation");
        assertThat(result.getJsonArray("next_steps").getList()).contains("Sam drafts the docs by Friday.");
        assertThat(result.getString("uuid")).isEqualTo("4444AAAiAAAAAiAiAiiAii==");
        assertThat(text(response)).doesNotContain("host@example.com");
        zoom().verify(getRequestedFor(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aSummaryReadByNumericIdIsKeptUnderItsInstanceUuid(Transport transport) {
        String byUuid = "/v2/meetings/4444AAAiAAAAAiAiAiiAii%3D%3D/meeting_summary";
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(fixture("meeting-summary.json"))));
        zoom().stubFor(get(urlEqualTo(byUuid)).willReturn(okJson(fixture("meeting-summary.json"))));

        ToolResponse numeric = call(transport, TOOL, ARGS);
        ToolResponse instance = call(transport, TOOL, Map.of("zoom_access_token", TOKEN, "meeting_id",
                "4444AAAiAAAAAiAiAiiAii=="));

        assertThat(structured(instance)).isEqualTo(structured(numeric));
        zoom().verify(1, getRequestedFor(urlPathEqualTo(PATH)));
        zoom().verify(0, getRequestedFor(urlEqualTo(byUuid)));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void slashUuidsAreDoubleEncoded(Transport transport) {
        zoom().stubFor(get(urlEqualTo("/v2/meetings/%252FajXp112QmuoKj4854875%253D%253D/meeting_summary"))
                .willReturn(okJson(fixture("meeting-summary.json"))));

        ToolResponse response = call(transport, TOOL, Map.of("zoom_access_token", TOKEN, "meeting_id",
                "/ajXp112QmuoKj4854875=="));

        assertThat(response.isError()).as(response.toString()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void noSummaryExplainsThePlanAndSettingRequirements(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(404)
                .withBody("{\"code\":3322,\"message\":\"Meeting summary does not exist.\"}")));

        ToolResponse response = call(transport, TOOL, ARGS);

        assertThat(response.isError()).isTrue();
        assertThat(text(response)).contains("HTTP 404", "3322", "Meeting Summary with AI Companion",
                "end-to-end encrypted", "zoom_get_meeting_transcript");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void authAndScopeErrorsKeepTheirOwnAdvice(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(400).withBody(
                "{\"code\":4711,\"message\":\"Invalid access token, does not contain scopes:[meeting_summary:read].\"}")));
        assertThat(text(call(transport, TOOL, ARGS))).contains("lacks a scope").doesNotContain("AI Companion");

        // another token: a token's missing scope is remembered for a while, whatever Zoom answers next
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401)
                .withBody("{\"code\":124,\"message\":\"Invalid access token.\"}")));
        assertThat(text(call(transport, TOOL, Map.of("zoom_access_token", TOKEN + "-expired", "meeting_id",
                ARGS.get("meeting_id"))))).contains("zoom_refresh_token");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void badInputIsRefusedWithoutCallingZoom(Transport transport) {
        assertThat(text(call(transport, TOOL, Map.of("zoom_access_token", TOKEN, "meeting_id", "../x"))))
                .contains("meeting_id");
        assertThat(text(call(transport, TOOL, Map.of("meeting_id", "85746065432")))).contains("zoom_access_token");
        zoom().verify(0, anyRequestedFor(anyUrl()));
    }
}
