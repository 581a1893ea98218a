package dev.zoommcp.security;

import static dev.zoommcp.support.McpCalls.INITIALIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.zoommcp.support.Transport;
import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;

/**
 * OIDC mode: MCP requests need a bearer token from the configured provider, issued for this server's audience; the
 * 401 points to the protected-resource metadata (RFC 9728) that names the provider, as the MCP authorization spec asks.
 * The provider is a WireMock OIDC server; tokens are signed with its key.
 */
@QuarkusTest
@TestProfile(OidcAuthTest.WithOidc.class)
@WithTestResource(OidcWiremockTestResource.class)
class OidcAuthTest extends ZoomToolTestBase {

    @TestHTTPResource("/mcp/sse")
    URI sse;

    static final String AUDIENCE = "zoom-recordings-mcp";
    private static final String ISSUER = "https://server.example.com";

    public static class WithOidc implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mcp.access.oidc", "true",
                    "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus",
                    "quarkus.oidc.token.audience", AUDIENCE);
        }
    }


    private static String token(String audience, Instant expiresAt) {
        return Jwt.preferredUserName("alice").issuer(ISSUER).audience(audience).subject("alice")
                .expiresAt(expiresAt).jws().keyId("1").sign("privateKey.jwk");
    }

    private static String validToken() {
        return token(AUDIENCE, Instant.now().plusSeconds(300));
    }

    @Test
    void withoutAValidTokenTheAnswerIs401PointingToTheResourceMetadata() {
        String[] rejected = { null, "Bearer not-a-jwt", "Bearer " + token("some-other-service", Instant.now().plusSeconds(300)),
                "Bearer " + token(AUDIENCE, Instant.now().minusSeconds(600)) };
        for (String authorization : rejected) {
            var request = given().contentType("application/json").accept("application/json, text/event-stream")
                    .body(INITIALIZE);
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            request.post("/mcp").then().statusCode(401)
                    .header("WWW-Authenticate", containsString("resource_metadata="))
                    .header("WWW-Authenticate", containsString("/.well-known/oauth-protected-resource"));
        }
        given().get("/mcp/sse").then().statusCode(401);
        given().header("Authorization", "Bearer not-a-jwt").get("/mcp/sse").then().statusCode(401);
    }

    @Test
    void aTokenForThisAudienceOpensTheStreamableTransport() {
        var client = Transport.STREAMABLE_HTTP.connect(Map.of("Authorization", "Bearer " + validToken()));
        try {
            client.when().toolsList(page -> assertThat(page.tools()).isNotEmpty()).thenAssertResults();
        } finally {
            client.disconnect();
        }
    }

    /** The test client cannot put credentials on the SSE stream's GET, so this one speaks plain HTTP. */
    @Test
    void aTokenForThisAudienceOpensTheSseTransport() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest open = HttpRequest.newBuilder(sse).header("Authorization", "Bearer " + validToken())
                .header("Accept", "text/event-stream").GET().build();
        HttpResponse<Stream<String>> stream = http.send(open, HttpResponse.BodyHandlers.ofLines());
        try {
            assertThat(stream.statusCode()).isEqualTo(200);
            String endpoint = stream.body().filter(line -> line.startsWith("data:")).findFirst().orElseThrow()
                    .substring(5).strip();
            URI messages = sse.resolve(endpoint);
            HttpRequest.Builder post = HttpRequest.newBuilder(messages).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(INITIALIZE));
            assertThat(http.send(post.build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
            post.header("Authorization", "Bearer " + validToken());
            assertThat(http.send(post.build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isBetween(200, 202);
        } finally {
            stream.body().close();
        }
    }

    @Test
    void theProtectedResourceMetadataNamesTheProvider() {
        String challenge = given().post("/mcp").then().statusCode(401).extract().header("WWW-Authenticate");
        String metadataUrl = challenge.replaceAll(".*resource_metadata=\"([^\"]+)\".*", "$1");
        String path = metadataUrl.replaceFirst("^https?://[^/]+", "");
        JsonPath metadata = given().get(path).then().statusCode(200).extract().jsonPath();
        assertThat(metadata.getList("authorization_servers", String.class)).singleElement().asString()
                .endsWith("/realms/quarkus");
        assertThat(metadata.getString("resource")).isNotBlank();
    }

    @Test
    void healthAndMetricsStayOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
