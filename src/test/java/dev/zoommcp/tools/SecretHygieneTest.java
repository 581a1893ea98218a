package dev.zoommcp.tools;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.zoommcp.support.McpCalls.call;
import static dev.zoommcp.support.ZoomFake.cdn;
import static dev.zoommcp.support.ZoomFake.cdnBase;
import static dev.zoommcp.support.ZoomFake.fixture;
import static dev.zoommcp.support.ZoomFake.zoom;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

import dev.zoommcp.support.LogCapture;
import dev.zoommcp.support.Transport;
import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkiverse.mcp.server.ToolResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Runs every tool through success and every error path with canary secrets while the application logs at DEBUG, and
 * finds no canary in any log line or stack trace, in the metrics, nor in any tool result other than the refresh tool's
 * new tokens.
 */
@QuarkusTest
@TestProfile(SecretHygieneTest.DebugLogging.class)
public class SecretHygieneTest extends ZoomToolTestBase {

    public static class DebugLogging implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.level", "DEBUG", "quarkus.log.console.level", "INFO",
                    // The test's own MCP client (same JVM, not the server) would flood the build output.
                    "quarkus.log.category.\"io.quarkiverse.mcp.server.sse.client\".level", "INFO");
        }
    }

    private static final String ACCESS = "canary-access-3b1f8e2a";
    private static final String REFRESH = "canary-refresh-77c04d91";
    private static final String SECRET = "canary-secret-5e6f1a0b";
    private static final String NEW_ACCESS = "new-access-token-canary-0001";
    private static final String NEW_REFRESH = "new-refresh-token-canary-0002";
    private static final String BASIC = Base64.getEncoder()
            .encodeToString(("client-id:" + SECRET).getBytes(StandardCharsets.UTF_8));
    private static final List<String> CANARIES = List.of(ACCESS, REFRESH, SECRET, BASIC, NEW_ACCESS, NEW_REFRESH);
    /** A hostile Zoom: its messages echo everything it was sent, headers and body. */
    private static final String ECHO = "{{request.headers.Authorization}} {{request.body}} {{request.url}}";

    /** Ways Zoom can answer, for the API, the download host and the token endpoint alike. */
    private static final List<ResponseDefinitionBuilder> ANSWERS = List.of(
            echo(401, "{\"code\":124,\"message\":\"Invalid access token. " + ECHO + "\"}"),
            echo(400, "{\"reason\":\"Invalid Token! " + ECHO + "\",\"error\":\"invalid_grant\"}"),
            echo(401, "{\"error\":\"invalid_client\",\"reason\":\"" + ECHO + "\"}"),
            echo(404, "{\"code\":3301,\"message\":\"This recording does not exist. " + ECHO + "\"}"),
            echo(429, "{\"code\":429,\"message\":\"" + ECHO + "\"}").withHeader("Retry-After", "0"),
            echo(500, "<html>" + ECHO + "</html>"),
            echo(200, "{not json " + ECHO),
            echo(400, "{\"error\":\"" + ECHO + "\"}"),
            echo(404, "{\"code\":\"{{request.headers.Authorization}}\",\"message\":\"{{request.body}}\"}"),
            aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
            aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK),
            aResponse().withStatus(200).withFixedDelay(1300).withBody("{}"));

    /** Where the test reads what the application logged. */
    protected interface LogLines extends AutoCloseable {
        List<String> lines();

        @Override
        void close();
    }

    /** Every record the loggers emit, before any handler or filter: the first line of defence. */
    protected LogLines startLogs() {
        LogCapture capture = LogCapture.start();
        return new LogLines() {
            @Override
            public List<String> lines() {
                return capture.lines();
            }

            @Override
            public void close() {
                capture.close();
            }
        };
    }

    protected int minimumLogLines() {
        return 0;
    }

    private static ResponseDefinitionBuilder echo(int status, String body) {
        return aResponse().withStatus(status).withBody(body).withTransformers("response-template");
    }

    @Test
    void noSecretLeavesThroughLogsOrResults() {
        List<ToolResponse> results = new ArrayList<>();
        try (LogLines logs = startLogs()) {
            for (Transport transport : Transport.values()) {
                resetZoom();
                results.add(successfulCalls(transport));
                for (ResponseDefinitionBuilder answer : ANSWERS) {
                    resetZoom();
                    results.addAll(failingCalls(transport, answer));
                }
                results.addAll(badInput(transport));
            }
            List<String> lines = logs.lines();
            assertThat(lines).as("log lines captured").hasSizeGreaterThan(minimumLogLines());
            for (String line : lines) {
                for (String canary : CANARIES) {
                    assertThat(line).as("log line").doesNotContain(canary);
                }
            }
        }
        String metrics = io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String canary : CANARIES) {
            assertThat(metrics).as("metrics").doesNotContain(canary);
        }
        assertThat(results).hasSizeGreaterThan(40);
        for (int i = 0; i < results.size(); i++) {
            for (String canary : CANARIES) {
                assertThat(results.get(i).toString()).as("result " + i).doesNotContain(canary);
            }
        }
    }

    private static ToolResponse successfulCalls(Transport transport) {
        zoom().stubFor(get(urlPathMatching("/v2/.*")).willReturn(okJson(fixture("meeting-q3.json"))));
        zoom().stubFor(get(urlPathEqualTo("/rec/download/transcript-q3")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", cdnBase() + "/signed/t.vtt")));
        cdn().stubFor(get(urlPathEqualTo("/signed/t.vtt")).willReturn(aResponse().withBody(fixture("transcript.vtt"))));
        zoom().stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(okJson(fixture("oauth-token.json"))));
        for (String tool : List.of("zoom_get_recording_details", "zoom_get_meeting_transcript")) {
            assertThat(call(transport, tool, apiArgs()).isError()).isFalse();
        }
        ToolResponse refreshed = call(transport, "zoom_refresh_token", refreshArgs());
        assertThat(refreshed.toString()).contains(NEW_ACCESS, NEW_REFRESH);
        return call(transport, "zoom_list_recordings", Map.of("zoom_access_token", ACCESS));
    }

    private static List<ToolResponse> failingCalls(Transport transport, ResponseDefinitionBuilder answer) {
        zoom().stubFor(get(urlPathMatching("/v2/.*")).willReturn(answer));
        zoom().stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(answer));
        List<ToolResponse> results = new ArrayList<>();
        results.add(call(transport, "zoom_list_recordings", Map.of("zoom_access_token", ACCESS)));
        results.add(call(transport, "zoom_get_recording_details", apiArgs()));
        results.add(call(transport, "zoom_refresh_token", refreshArgs()));
        // The same answer from the download host, after a good recording lookup.
        zoom().stubFor(get(urlPathMatching("/v2/.*")).willReturn(okJson(fixture("meeting-q3.json"))));
        zoom().stubFor(get(urlPathMatching("/rec/download/.*")).willReturn(answer));
        results.add(call(transport, "zoom_get_meeting_transcript", apiArgs()));
        results.forEach(r -> assertThat(r.isError()).as(r.toString()).isTrue());
        // A search reports per-meeting failures in a successful result; the token comes from the header here.
        zoom().stubFor(get(urlPathEqualTo("/v2/users/me/recordings")).willReturn(okJson(
                "{\"next_page_token\":\"\",\"meetings\":[" + fixture("meeting-q3.json") + "]}")));
        results.add(call(transport, Map.of("X-Zoom-Access-Token", ACCESS), "zoom_search_transcripts",
                Map.of("query", "launch")));
        // Chats and summaries too: a summary answered this way is skipped (its reason quotes Zoom) or ends the search.
        zoom().stubFor(get(urlPathMatching("/v2/meetings/.*/meeting_summary")).willReturn(answer));
        results.add(call(transport, "zoom_search_transcripts", Map.of("zoom_access_token", ACCESS, "query", "launch",
                "sources", List.of("transcript", "chat", "summary"), "speaker", "Priya")));
        results.add(call(transport, "zoom_list_recordings", Map.of("zoom_access_token", ACCESS, "topic", "roadmap",
                "from_date", "2026-01-01", "to_date", "2026-03-31")));
        return results;
    }

    private List<ToolResponse> badInput(Transport transport) {
        List<ToolResponse> results = new ArrayList<>(List.of(
                call(transport, "zoom_list_recordings", Map.of("zoom_access_token", ACCESS + " x")),
                call(transport, "zoom_refresh_token", Map.of("zoom_refresh_token", REFRESH + " " + SECRET,
                        "zoom_client_id", "id", "zoom_client_secret", SECRET))));
        if (misplacedSecretsAreChecked()) {
            // A model that pastes a token into another argument: the error must not echo it.
            results.add(call(transport, "zoom_list_recordings", Map.of("zoom_access_token", ACCESS, "from_date", ACCESS)));
            results.add(call(transport, "zoom_get_recording_details",
                    Map.of("zoom_access_token", ACCESS, "meeting_id", ACCESS + "!")));
        }
        return results;
    }

    /**
     * Whether to paste tokens into non-secret arguments too. Logs cannot recognise a token by its field there, so this
     * holds only while nothing logs tool arguments (the default; MCP traffic logging is off in production).
     */
    protected boolean misplacedSecretsAreChecked() {
        return true;
    }

    private static Map<String, Object> apiArgs() {
        return Map.of("zoom_access_token", ACCESS, "meeting_id", "85746065432");
    }

    private static Map<String, Object> refreshArgs() {
        return Map.of("zoom_refresh_token", REFRESH, "zoom_client_id", "client-id", "zoom_client_secret", SECRET);
    }
}
