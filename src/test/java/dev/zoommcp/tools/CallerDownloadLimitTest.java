package dev.zoommcp.tools;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.zoommcp.support.McpCalls.call;
import static dev.zoommcp.support.McpCalls.text;
import static dev.zoommcp.support.ZoomFake.fixture;
import static dev.zoommcp.support.ZoomFake.zoom;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.zoommcp.support.Transport;
import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkiverse.mcp.server.ToolResponse;
import io.quarkiverse.mcp.server.test.McpAssured.McpTestClient;
import io.quarkus.test.junit.QuarkusTest;

/**
 * One caller's many slow downloads take at most its share of the server-wide download slots (4 of 8, the rest wait in
 * the caller's own queue), so another caller's transcript is served at once instead of queueing behind them. (Download
 * delays stay under the tests' 1 s idle timeout.)
 */
@QuarkusTest
class CallerDownloadLimitTest extends ZoomToolTestBase {

    private static final String BUSY = "busy-caller-token";
    private static final String OTHER = "other-caller-token";
    private static final String VTT = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nAlex Rivera: Hello.\n";

    private static Map<String, Object> args(String token) {
        return Map.of("zoom_access_token", token, "meeting_id", "85746065432");
    }

    @Test
    void aBusyCallerCannotTakeEveryDownloadSlot() {
        zoom().stubFor(get(urlPathEqualTo("/v2/meetings/85746065432/recordings")).willReturn(okJson(fixture("meeting-q3.json"))));
        zoom().stubFor(get(urlPathEqualTo("/rec/download/transcript-q3")).withHeader("Authorization", equalTo("Bearer " + BUSY))
                .willReturn(aResponse().withBody(VTT).withFixedDelay(900)));
        zoom().stubFor(get(urlPathEqualTo("/rec/download/transcript-q3")).withHeader("Authorization", equalTo("Bearer " + OTHER))
                .willReturn(aResponse().withBody(VTT)));

        McpTestClient<?, ?> other = Transport.STREAMABLE_HTTP.connect();
        try {
            List<CompletableFuture<ToolResponse>> busy = IntStream.range(0, 12)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> call(Transport.STREAMABLE_HTTP, "zoom_get_meeting_transcript", args(BUSY))))
                    .toList();
            awaitDownloadsStarted(4);

            AtomicReference<ToolResponse> answer = new AtomicReference<>();
            other.when().toolsCall("zoom_get_meeting_transcript", args(OTHER), answer::set).thenAssertResults();

            assertThat(text(answer.get())).contains("Hello.");
            assertThat(busy).as("the other caller was served before any of the busy caller's downloads ended")
                    .noneMatch(CompletableFuture::isDone);
            for (CompletableFuture<ToolResponse> call : busy) {
                assertThat(text(call.join())).contains("Hello.");
            }
        } finally {
            other.disconnect();
        }
    }

    private static void awaitDownloadsStarted(int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (zoom().findAll(com.github.tomakehurst.wiremock.client.WireMock
                .getRequestedFor(urlPathEqualTo("/rec/download/transcript-q3"))).size() < count
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }
}
