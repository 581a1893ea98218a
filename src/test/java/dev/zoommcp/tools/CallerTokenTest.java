package dev.zoommcp.tools;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.zoommcp.support.McpCalls.call;
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

/** The access token may come from the X-Zoom-Access-Token header; the argument wins when both are given. */
@QuarkusTest
class CallerTokenTest extends ZoomToolTestBase {

    private static final String PATH = "/v2/meetings/85746065432/recordings";
    private static final String HEADER_TOKEN = "header-token-canary-42";
    private static final Map<String, String> HEADER = Map.of("X-Zoom-Access-Token", HEADER_TOKEN);

    @ParameterizedTest
    @EnumSource(Transport.class)
    void theHeaderServesWhenTheArgumentIsOmitted(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(fixture("meeting-q3.json"))));

        ToolResponse response = call(transport, HEADER, "zoom_get_recording_details", Map.of("meeting_id", "85746065432"));

        assertThat(response.isError()).as(response.toString()).isFalse();
        zoom().verify(getRequestedFor(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer " + HEADER_TOKEN)));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void theArgumentWinsOverTheHeader(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(fixture("meeting-q3.json"))));

        call(transport, HEADER, "zoom_get_recording_details", Map.of("zoom_access_token", TOKEN, "meeting_id", "85746065432"));

        zoom().verify(getRequestedFor(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void withNeitherTheErrorNamesBoth(Transport transport) {
        ToolResponse response = call(transport, "zoom_list_recordings", Map.of());

        assertThat(response.isError()).isTrue();
        assertThat(text(response)).contains("zoom_access_token is required", "X-Zoom-Access-Token",
                "zoom-recordings-mcp login");
        zoom().verify(0, anyRequestedFor(anyUrl()));
    }
}
