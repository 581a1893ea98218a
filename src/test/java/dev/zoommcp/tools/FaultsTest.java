package dev.zoommcp.tools;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.zoommcp.support.McpCalls.call;
import static dev.zoommcp.support.McpCalls.text;
import static dev.zoommcp.support.ZoomFake.fixture;
import static dev.zoommcp.support.ZoomFake.zoom;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.http.Fault;

import dev.zoommcp.support.Transport;
import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkiverse.mcp.server.ToolResponse;
import io.quarkus.test.junit.QuarkusTest;

/** Broken connections and oversized files give clear errors and leave the server healthy. */
@QuarkusTest
class FaultsTest extends ZoomToolTestBase {

    private static final String DETAILS = "/v2/meetings/85746065432/recordings";
    private static final Map<String, Object> ARGS = Map.of("zoom_access_token", TOKEN, "meeting_id", "85746065432");

    @Test
    void aResetConnectionIsReportedAsSuch() {
        zoom().stubFor(get(urlPathEqualTo(DETAILS)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(text(call(Transport.STREAMABLE_HTTP, "zoom_get_recording_details", ARGS)))
                .contains("could not be reached", "reset or closed early");
    }

    @Test
    void aTruncatedBodyIsReportedAsSuch() {
        zoom().stubFor(get(urlPathEqualTo(DETAILS)).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

        assertThat(text(call(Transport.STREAMABLE_HTTP, "zoom_get_recording_details", ARGS)))
                .containsAnyOf("reset or closed early", "malformed or cut short");
    }

    @Test
    void tenOversizedTranscriptsAtOnceAreRefusedWithoutFillingTheHeap() {
        zoom().stubFor(get(urlPathEqualTo(DETAILS)).willReturn(okJson(fixture("meeting-q3.json"))));
        String huge = "WEBVTT\n\n" + "00:00:00.000 --> 00:00:01.000\nAlex Rivera: words words words\n\n".repeat(20_000);
        zoom().stubFor(get(urlPathEqualTo("/rec/download/transcript-q3")).willReturn(aResponse().withBody(huge)));
        assertThat(huge.length()).as("over the 1 MB limit the tests configure").isGreaterThan(1_048_576);

        List<CompletableFuture<ToolResponse>> calls = java.util.stream.IntStream.range(0, 10)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> call(Transport.STREAMABLE_HTTP, "zoom_get_meeting_transcript", ARGS)))
                .toList();

        for (CompletableFuture<ToolResponse> result : calls) {
            assertThat(text(result.join())).contains("larger than this server's limit");
        }
        given().get("/q/health/live").then().statusCode(200);
    }
}
