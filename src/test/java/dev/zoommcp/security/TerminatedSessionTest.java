package dev.zoommcp.security;

import static dev.zoommcp.support.McpCalls.INITIALIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;

/**
 * A session its client ended with DELETE is answered 404 afterwards (MCP transports, session management), whichever
 * way the request comes; ids this server never ended are still served by auto-init; the memory of ended ids is bounded.
 */
@QuarkusTest
@TestProfile(TerminatedSessionTest.FourSessions.class)
class TerminatedSessionTest extends ZoomToolTestBase {

    public static class FourSessions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mcp.access.max-sessions", "4");
        }
    }

    private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}";

    @Inject
    TerminatedSessionFilter filter;

    @Test
    void anEndedSessionIsAnswered404UntilTheClientStartsANewOne() {
        String session = initialize();
        mcp(session).body(PING).post("/mcp").then().statusCode(200).body(containsString("\"result\""));

        given().header("Mcp-Session-Id", session).delete("/mcp").then().statusCode(200);

        for (String path : new String[] { "/mcp", "/mcp/" }) {
            mcp(session).body(PING).post(path).then().statusCode(404)
                    .body(containsString("This MCP session was ended: initialize a new session"));
        }
        mcp(session).body(INITIALIZE).post("/mcp").then().statusCode(404);
        given().header("Mcp-Session-Id", session).delete("/mcp").then().statusCode(404);
        given().header("Mcp-Session-Id", session).accept("text/event-stream").get("/mcp").then().statusCode(404);

        String next = initialize();
        assertThat(next).isNotEqualTo(session);
        mcp(next).body(PING).post("/mcp").then().statusCode(200);
    }

    @Test
    void idsThisServerDidNotEndAreStillServedByAutoInit() {
        mcp("issued-by-another-replica").body(PING).post("/mcp").then().statusCode(200)
                .body(containsString("\"result\""));
        String session = initialize();
        given().header("Mcp-Session-Id", "issued-by-another-replica").delete("/mcp").then().statusCode(404);
        mcp(session).body(PING).post("/mcp").then().statusCode(200);
        mcp("issued-by-another-replica").body(PING).post("/mcp").then().statusCode(200);
        given().header("Mcp-Session-Id", session).delete("/mcp").then().statusCode(200);
    }

    @Test
    void theMemoryOfEndedSessionsIsBoundedByTenTimesTheSessionCap() {
        List<String> ended = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String session = initialize();
            given().header("Mcp-Session-Id", session).delete("/mcp").then().statusCode(200);
            ended.add(session);
        }
        assertThat(filter.remembered()).isLessThanOrEqualTo(40);
        mcp(ended.get(ended.size() - 1)).body(PING).post("/mcp").then().statusCode(404);
    }

    private static String initialize() {
        return given().contentType("application/json").accept("application/json, text/event-stream").body(INITIALIZE)
                .post("/mcp").then().statusCode(200).header("Mcp-Session-Id", not(emptyString())).extract()
                .header("Mcp-Session-Id");
    }

    private static RequestSpecification mcp(String session) {
        return given().header("Mcp-Session-Id", session).contentType("application/json")
                .accept("application/json, text/event-stream");
    }
}
