package dev.zoommcp.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.zoommcp.support.McpCalls.call;
import static dev.zoommcp.support.ZoomFake.cdn;
import static dev.zoommcp.support.ZoomFake.cdnBase;
import static dev.zoommcp.support.ZoomFake.fixture;
import static dev.zoommcp.support.ZoomFake.zoom;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.zoommcp.support.Transport;
import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkus.test.junit.QuarkusTest;

/** /q/metrics shows tool calls, Zoom calls, fault tolerance and MCP connections after a call, and nothing secret. */
@QuarkusTest
class MetricsTest extends ZoomToolTestBase {

    @Test
    void toolAndZoomMetricsAppearAfterCalls() {
        zoom().stubFor(get(urlPathEqualTo("/v2/meetings/85746065432/recordings"))
                .willReturn(okJson(fixture("meeting-q3.json"))));
        zoom().stubFor(get(urlPathEqualTo("/rec/download/transcript-q3")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", cdnBase() + "/signed/t.vtt?Signature=sig-canary-77")));
        cdn().stubFor(get(urlPathEqualTo("/signed/t.vtt")).willReturn(aResponse().withBody(fixture("transcript.vtt"))));
        zoom().stubFor(get(urlPathEqualTo("/v2/users/me/recordings")).willReturn(aResponse().withStatus(401)
                .withBody("{\"code\":124,\"message\":\"Invalid access token.\"}")));

        call(Transport.STREAMABLE_HTTP, "zoom_get_meeting_transcript",
                Map.of("zoom_access_token", TOKEN, "meeting_id", "85746065432"));
        call(Transport.SSE, "zoom_list_recordings", Map.of("zoom_access_token", TOKEN));
        call(Transport.SSE, "zoom_list_recordings", Map.of("zoom_access_token", TOKEN, "page_size", 0));

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics)
                .containsPattern("zoom_tool_calls_seconds_count\\{.*outcome=\"ok\".*tool=\"zoom_get_meeting_transcript\"")
                .containsPattern("zoom_tool_calls_seconds_count\\{.*outcome=\"unauthorized\".*tool=\"zoom_list_recordings\"")
                .containsPattern("zoom_tool_calls_seconds_count\\{.*outcome=\"rejected\".*tool=\"zoom_list_recordings\"")
                .containsPattern("http_client_requests_seconds_count\\{.*status=\"200\".*uri=\"/meetings/\\{meetingId\\}/recordings\"")
                .containsPattern("http_client_requests_seconds_count\\{.*status=\"401\".*uri=\"/users/me/recordings\"")
                .containsPattern("zoom_downloads_seconds_count\\{status=\"200\"")
                .containsPattern("zoom_cache_requests_total\\{kind=\"details\",result=\"miss\"")
                .containsPattern("zoom_cache_requests_total\\{kind=\"transcript\",result=\"miss\"")
                .contains("zoom_cache_bytes")
                .contains("ft_invocations_total", "mcp_server_connections_active",
                        "mcp_server_requests_tools_call_seconds_count");
        assertThat(metrics).doesNotContain(TOKEN).doesNotContain("sig-canary-77").doesNotContain("85746065432")
                .doesNotContain("transcript-q3");
        // the SSE session's message URL holds its id, a credential for the session: never a tag value
        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{.*uri=\"/mcp/messages/\\{sessionId\\}\"")
                .doesNotContainPattern("uri=\"/mcp/messages/[A-Za-z0-9]");
    }
}
