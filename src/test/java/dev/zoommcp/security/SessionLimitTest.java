package dev.zoommcp.security;

import static dev.zoommcp.support.McpCalls.INITIALIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.zoommcp.support.Transport;
import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkiverse.mcp.server.test.McpAssured;
import io.quarkiverse.mcp.server.test.McpAssured.McpStreamableTestClient;
import io.quarkiverse.mcp.server.test.McpAssured.McpTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** At the session cap new sessions get 503 with Retry-After, open ones keep working, and a closed one frees a place. */
@QuarkusTest
@TestProfile(SessionLimitTest.ThreeSessions.class)
class SessionLimitTest extends ZoomToolTestBase {

    public static class ThreeSessions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mcp.access.max-sessions", "3");
        }
    }


    @Test
    void theCapRefusesNewSessionsOnlyUntilOneCloses() {
        List<McpTestClient<?, ?>> open = new ArrayList<>();
        try {
            McpStreamableTestClient first = McpAssured.newConnectedStreamableClient();
            open.add(first);
            open.add(Transport.SSE.connect());
            open.add(Transport.STREAMABLE_HTTP.connect());

            given().contentType("application/json").accept("application/json, text/event-stream").body(INITIALIZE)
                    .post("/mcp").then().statusCode(503).header("Retry-After", "30")
                    .body(containsString("Too many open MCP sessions (limit 3)"));
            given().get("/mcp/sse").then().statusCode(503).header("Retry-After", "30");
            given().get("/mcp/sse/").then().statusCode(503);
            for (String path : new String[] { "/mcp/", "/mcp/./" }) {
                given().contentType("application/json").accept("application/json, text/event-stream").body(INITIALIZE)
                        .post(path).then().statusCode(503);
            }
            given().header("Mcp-Session-Id", "made-up-session").contentType("application/json")
                    .accept("application/json, text/event-stream").body(INITIALIZE).post("/mcp").then().statusCode(503);

            for (McpTestClient<?, ?> client : open) {
                client.when().toolsList(page -> assertThat(page.tools()).isNotEmpty()).thenAssertResults();
            }

            first.terminateSession();
            open.remove(first);
            McpTestClient<?, ?> next = Transport.STREAMABLE_HTTP.connect();
            open.add(next);
            next.when().toolsList(page -> assertThat(page.tools()).isNotEmpty()).thenAssertResults();
        } finally {
            open.forEach(McpTestClient::disconnect);
        }
    }
}
