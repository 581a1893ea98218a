package dev.zoommcp.tools;

import static dev.zoommcp.support.McpCalls.call;
import static dev.zoommcp.support.McpCalls.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.zoommcp.support.SilentZoom;
import dev.zoommcp.support.Transport;
import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Zoom calls that nobody waits for any more release their connections: a Zoom that never answers is cut by the
 * per-attempt timeout (1 s in tests) and every connection to it is closed then, long before the REST client's read
 * timeout (5 s) would; a client that hangs up mid-call leaves no connection or request behind.
 */
@QuarkusTest
@WithTestResource(SilentZoom.class)
class AbandonedCallsTest extends ZoomToolTestBase {

    private static final Map<String, Object> ARGS = Map.of("zoom_access_token", TOKEN, "meeting_id", "85746065432");

    @TestHTTPResource("/mcp")
    URI mcp;

    @BeforeEach
    void forgetConnections() {
        SilentZoom.forget();
    }

    @Test
    void aSilentZoomIsCutAtTheTimeoutAndItsConnectionsAreClosed() {
        String answer = text(call(Transport.STREAMABLE_HTTP, "zoom_get_recording_details", ARGS));

        assertThat(answer).containsIgnoringCase("did not answer");
        awaitAllClosed(Duration.ofSeconds(2));
        assertThat(SilentZoom.connections()).isNotEmpty().allSatisfy(connection -> assertThat(
                Duration.ofNanos(connection.closedAtNanos - connection.openedAtNanos)).isLessThan(Duration.ofMillis(2500)));
    }

    @Test
    void aClientThatHangsUpMidCallLeavesNothingOpen() throws Exception {
        double sessionsBefore = gauge("mcp_server_connections_active");
        String body = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"zoom_get_recording_details\","
                + "\"arguments\":{\"zoom_access_token\":\"" + TOKEN + "\",\"meeting_id\":\"85746065432\"}}}";
        try (Socket socket = new Socket(mcp.getHost(), mcp.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /mcp HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Accept: application/json, text/event-stream\r\nContent-Length: "
                    + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
            out.flush();
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (SilentZoom.connections().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(SilentZoom.connections()).as("the call reached Zoom before the client hung up").isNotEmpty();
        }

        awaitAllClosed(Duration.ofSeconds(7));
        given().get("/q/health/live").then().statusCode(200);
        awaitAtMost("http_server_active_requests", 1.0); // the metrics request itself, at most
        awaitAtMost("mcp_server_connections_active", sessionsBefore);
    }

    /** The sum of a gauge's series (0 when none is reported yet). */
    private static double gauge(String name) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static void awaitAtMost(String series, double limit) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (gauge(series) > limit && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(gauge(series)).as(series).isLessThanOrEqualTo(limit);
    }

    private static void awaitAllClosed(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (SilentZoom.connections().stream().anyMatch(SilentZoom.Connection::isOpen) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(SilentZoom.connections()).as("connections to Zoom still open after " + within)
                .noneMatch(SilentZoom.Connection::isOpen);
    }
}
