package dev.zoommcp.security;

import static dev.zoommcp.support.McpCalls.INITIALIZE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With API keys configured, the MCP endpoints need one; health and metrics stay open for the platform. */
@QuarkusTest
@TestProfile(ApiKeyTest.WithApiKeys.class)
class ApiKeyTest extends ZoomToolTestBase {

    public static class WithApiKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mcp.access.api-keys", "key-one-canary,key-two-canary");
        }
    }


    @Test
    void withoutAValidKeyTheAnswerIs401WithAChallenge() {
        for (String authorization : new String[] { null, "Bearer wrong", "Basic a2V5LW9uZS1jYW5hcnk=", "Bearer " }) {
            var request = given().contentType("application/json").accept("application/json, text/event-stream")
                    .body(INITIALIZE);
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            request.post("/mcp").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"))
                    .body(containsString("API key"));
        }
        given().get("/mcp/sse").then().statusCode(401);
    }

    @Test
    void anyConfiguredKeyIsAccepted() {
        for (String key : new String[] { "key-one-canary", "key-two-canary" }) {
            given().header("Authorization", "Bearer " + key).contentType("application/json")
                    .accept("application/json, text/event-stream").body(INITIALIZE).post("/mcp").then().statusCode(200);
        }
    }

    @Test
    void healthAndMetricsStayOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
