package dev.zoommcp.tools;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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

import org.junit.jupiter.api.Test;

import dev.zoommcp.support.Transport;
import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkiverse.mcp.server.ToolResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A caller's breaker opens on Zoom failures, fails that caller fast, spares other callers, and half-opens. */
@QuarkusTest
@TestProfile(CircuitBreakerTest.SmallBreaker.class)
class CircuitBreakerTest extends ZoomToolTestBase {

    public static class SmallBreaker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("zoom.circuit-breaker.request-volume-threshold", "4",
                    "zoom.circuit-breaker.delay", "1500ms",
                    "zoom.circuit-breaker.success-threshold", "1");
        }
    }

    private static final String PATH = "/v2/meetings/85746065432/recordings";
    private static final String ACCOUNT_A = "token-of-account-a-123";
    private static final String ACCOUNT_B = "token-of-account-b-456";

    private static ToolResponse details(String token) {
        return call(Transport.STREAMABLE_HTTP, "zoom_get_recording_details",
                Map.of("zoom_access_token", token, "meeting_id", "85746065432"));
    }

    @Test
    void opensPerCallerFailsFastThenHalfOpens() throws InterruptedException {
        zoom().stubFor(get(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer " + ACCOUNT_A))
                .willReturn(aResponse().withStatus(503)));
        zoom().stubFor(get(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer " + ACCOUNT_B))
                .willReturn(okJson(fixture("meeting-q3.json"))));

        assertThat(text(details(ACCOUNT_A))).contains("HTTP 503");
        int afterFirstCall = zoom().findAll(getRequestedFor(urlPathEqualTo(PATH))).size();
        assertThat(afterFirstCall).isEqualTo(4);

        ToolResponse failedFast = details(ACCOUNT_A);
        assertThat(text(failedFast)).contains("failing repeatedly");
        assertThat(zoom().findAll(getRequestedFor(urlPathEqualTo(PATH)))).as("no request while open").hasSize(4);

        assertThat(details(ACCOUNT_B).isError()).as("account B is not affected").isFalse();

        Thread.sleep(1700);
        zoom().stubFor(get(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer " + ACCOUNT_A))
                .willReturn(okJson(fixture("meeting-q3.json"))));
        assertThat(details(ACCOUNT_A).isError()).as("half-open trial call succeeds").isFalse();
        assertThat(details(ACCOUNT_A).isError()).as("closed again").isFalse();
    }
}
