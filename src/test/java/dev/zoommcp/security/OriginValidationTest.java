package dev.zoommcp.security;

import static dev.zoommcp.support.McpCalls.INITIALIZE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkus.test.junit.QuarkusTest;

/** A browser Origin that is not allowed gets 403 on every MCP endpoint; no Origin or an allowed one passes. */
@QuarkusTest
class OriginValidationTest extends ZoomToolTestBase {


    @Test
    void aForeignOriginIsRefusedOnStreamableHttpSseAndMessages() {
        for (String path : new String[] { "/mcp", "/mcp/sse", "/mcp/messages/any-session" }) {
            given().header("Origin", "http://evil.example").contentType("application/json")
                    .accept("application/json, text/event-stream").body(INITIALIZE)
                    .post(path).then().statusCode(403);
        }
        given().header("Origin", "http://evil.example").get("/mcp/sse").then().statusCode(403);
    }

    @Test
    void aRebindingHostIsRefusedEvenWithAMatchingOrigin() {
        // A page on evil.example whose DNS now points here: same-origin for CORS, so the Host decides.
        given().header("Host", "evil.example").header("Origin", "http://evil.example").contentType("application/json")
                .accept("application/json, text/event-stream").body(INITIALIZE).post("/mcp").then().statusCode(403)
                .body(containsString("Host not allowed"));
        given().header("Host", "evil.example:8081").get("/mcp/sse").then().statusCode(403);
        given().header("Host", "evil.example").get("/q/health/live").then().statusCode(200);
    }

    @Test
    void noOriginOrAnAllowedOnePasses() {
        given().contentType("application/json").accept("application/json, text/event-stream").body(INITIALIZE)
                .post("/mcp").then().statusCode(200);
        given().header("Origin", "http://localhost:6274").contentType("application/json")
                .accept("application/json, text/event-stream").body(INITIALIZE).post("/mcp").then().statusCode(200);
    }

    @Test
    void aPreflightFromAnAllowedOriginMayReadTheSessionId() {
        given().header("Origin", "http://localhost:6274").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,mcp-session-id,x-zoom-access-token")
                .options("/mcp").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:6274");
        given().header("Origin", "http://localhost:6274").contentType("application/json")
                .accept("application/json, text/event-stream").body(INITIALIZE).post("/mcp").then()
                .header("Access-Control-Expose-Headers", containsString("Mcp-Session-Id"));
    }
}
