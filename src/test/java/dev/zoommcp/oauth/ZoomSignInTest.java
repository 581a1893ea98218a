package dev.zoommcp.oauth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.zoommcp.support.McpCalls.call;
import static dev.zoommcp.support.McpCalls.structured;
import static dev.zoommcp.support.ZoomFake.fixture;
import static dev.zoommcp.support.ZoomFake.zoom;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

import dev.zoommcp.security.TokenRedactor;
import dev.zoommcp.support.LogCapture;
import dev.zoommcp.support.McpCalls;
import dev.zoommcp.support.TestClock;
import dev.zoommcp.support.Transport;
import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkiverse.mcp.server.ToolResponse;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;

/**
 * Sign in with Zoom, as an MCP client drives it: discovery from the 401, registration, authorization with PKCE, the
 * consent page, Zoom's sign-in (a WireMock Zoom), the token exchange, MCP calls with the issued token over both
 * transports, refresh with Zoom's rotation, and every refusal.
 */
@QuarkusTest
@TestProfile(ZoomSignInTest.SignInOn.class)
class ZoomSignInTest extends ZoomToolTestBase {

    static final String KEY = Base64.getEncoder().encodeToString("s".repeat(32).getBytes(StandardCharsets.US_ASCII));
    static final String PUBLIC = "https://zoom-mcp.test";
    static final String APP_SECRET = "app-secret-canary-9d1";
    static final String REDIRECT = "http://127.0.0.1:33418/callback";
    static final String VERIFIER = Pkce.newVerifier();
    static final String ZOOM_ACCESS = "zoom-access-canary-a1";
    static final String ZOOM_REFRESH = "zoom-refresh-canary-r1";

    public static class SignInOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(Map.entry("mcp.access.zoom-oauth", "true"),
                    Map.entry("mcp.access.zoom-oauth-client-id", "appClientId"),
                    Map.entry("mcp.access.zoom-oauth-client-secret", APP_SECRET),
                    Map.entry("mcp.access.public-url", PUBLIC), Map.entry("mcp.access.token-keys", KEY),
                    // everything turned up, to show that no token or secret reaches a log line even at TRACE
                    Map.entry("quarkus.log.min-level", "TRACE"), Map.entry("quarkus.log.console.level", "WARN"),
                    Map.entry("quarkus.log.category.\"io.quarkiverse.mcp\".level", "TRACE"),
                    Map.entry("quarkus.log.category.\"io.quarkiverse.mcp.server.sse.client\".level", "INFO"),
                    Map.entry("quarkus.log.category.\"io.quarkus.rest.client\".level", "TRACE"),
                    Map.entry("quarkus.log.category.\"org.jboss.resteasy.reactive.client\".level", "TRACE"),
                    Map.entry("quarkus.log.category.\"io.vertx\".level", "TRACE"),
                    Map.entry("quarkus.log.category.\"dev.zoommcp\".level", "TRACE"));
        }
    }

    private static String register() {
        return given().contentType("application/json").body(new JsonObject().put("client_name", "Test <b>client</b>")
                .put("redirect_uris", new io.vertx.core.json.JsonArray().add(REDIRECT)).encode())
                .post("/oauth/register").then().statusCode(201).extract().path("client_id");
    }

    private static Response authorize(String clientId, Map<String, String> overrides) {
        Map<String, String> params = new HashMap<>(Map.of("response_type", "code", "client_id", clientId,
                "redirect_uri", REDIRECT, "code_challenge", Pkce.challengeOf(VERIFIER), "code_challenge_method", "S256",
                "state", "client-state-1", "resource", PUBLIC + "/mcp"));
        params.putAll(overrides);
        params.values().removeIf(v -> v == null);
        return given().redirects().follow(false).queryParams(params).get("/oauth/authorize");
    }

    private static String query(String location, String name) {
        Matcher m = Pattern.compile("[?&]" + name + "=([^&]*)").matcher(location);
        assertThat(m.find()).as(name + " in " + location).isTrue();
        return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }

    /** Consent allowed: the response sending the browser to Zoom. */
    private static Response consent(Response page, String decision) {
        Matcher token = Pattern.compile("name=\"consent\" value=\"([^\"]+)\"").matcher(page.asString());
        assertThat(token.find()).isTrue();
        return given().redirects().follow(false).cookie("__Host-zmcp-csrf", page.getCookie("__Host-zmcp-csrf"))
                .formParam("consent", token.group(1)).formParam("decision", decision).post("/oauth/consent");
    }

    /** The whole browser leg: authorize, consent, Zoom, callback; returns the code handed to the client. */
    private static String signIn(String clientId) {
        Response page = authorize(clientId, Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        Response toZoom = consent(page, "allow");
        assertThat(toZoom.statusCode()).isEqualTo(302);
        String zoomUrl = toZoom.header("Location");
        assertThat(zoomUrl).startsWith(ZoomFakeUrls.oauth() + "/oauth/authorize?response_type=code&client_id=appClientId")
                .contains("code_challenge_method=S256").contains("redirect_uri=" + encode(PUBLIC + "/oauth/callback"));
        Response back = given().redirects().follow(false).cookies(toZoom.getCookies()).queryParam("code", "zoom-code-1")
                .queryParam("state", query(zoomUrl, "state")).get("/oauth/callback");
        assertThat(back.statusCode()).isEqualTo(302);
        String location = back.header("Location");
        assertThat(location).startsWith(REDIRECT + "?code=");
        assertThat(query(location, "state")).isEqualTo("client-state-1");
        assertThat(query(location, "iss")).isEqualTo(PUBLIC);
        return query(location, "code");
    }

    private static Response exchange(String clientId, String code, String verifier) {
        return given().formParam("grant_type", "authorization_code").formParam("code", code)
                .formParam("redirect_uri", REDIRECT).formParam("client_id", clientId).formParam("code_verifier", verifier)
                .formParam("resource", PUBLIC + "/mcp").post("/oauth/token");
    }

    private static void stubZoomTokens() {
        zoom().stubFor(post(urlPathEqualTo("/oauth/token")).withRequestBody(containing("grant_type=authorization_code"))
                .withRequestBody(containing("code=zoom-code-1")).withRequestBody(containing("code_verifier="))
                .withRequestBody(containing("redirect_uri=" + encode(PUBLIC + "/oauth/callback")))
                .inScenario("code").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("used")
                .willReturn(okJson("{\"access_token\":\"" + ZOOM_ACCESS + "\",\"token_type\":\"bearer\",\"refresh_token\":\""
                        + ZOOM_REFRESH + "\",\"expires_in\":3599,\"scope\":\"cloud_recording:read:list_user_recordings\"}")));
        zoom().stubFor(post(urlPathEqualTo("/oauth/token")).withRequestBody(containing("grant_type=authorization_code"))
                .inScenario("code").whenScenarioStateIs("used").willReturn(aResponse().withStatus(400)
                        .withBody("{\"reason\":\"Invalid authorization code\",\"error\":\"invalid_grant\"}")));
        zoom().stubFor(post(urlPathEqualTo("/oauth/token")).withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=" + ZOOM_REFRESH)).inScenario("rotation")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("rotated")
                .willReturn(okJson("{\"access_token\":\"zoom-access-canary-a2\",\"token_type\":\"bearer\","
                        + "\"refresh_token\":\"zoom-refresh-canary-r2\",\"expires_in\":3599}")));
        zoom().stubFor(post(urlPathEqualTo("/oauth/token")).withRequestBody(containing("grant_type=refresh_token"))
                .inScenario("rotation").whenScenarioStateIs("rotated").willReturn(aResponse().withStatus(400)
                        .withBody("{\"reason\":\"Invalid Token!\",\"error\":\"invalid_grant\"}")));
        zoom().stubFor(get(urlPathEqualTo("/v2/users/me/recordings")).willReturn(okJson(fixture("recordings-page2.json"))));
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aClientThatKnowsOnlyTheMcpUrlSignsInCallsToolsAndRefreshes() throws Exception {
        try (LogCapture logs = LogCapture.start()) {
            List<String> secrets = signInFlow();
            // as the log handlers write them (their token-redaction filter blanks what libraries log at TRACE, such as
            // Vert.x's request lines with the callback's code)
            assertThat(logs.lines()).map(TokenRedactor::redact)
                    .allSatisfy(line -> assertThat(secrets).noneMatch(line::contains));
        }
    }

    /** The flow; returns every secret it saw, for the log check. */
    private List<String> signInFlow() throws Exception {
        stubZoomTokens();
        // discovery from the 401
        Response unauthorized = given().contentType("application/json").accept("application/json, text/event-stream")
                .body(McpCalls.INITIALIZE).post("/mcp");
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        String challenge = unauthorized.header("WWW-Authenticate");
        assertThat(challenge).isEqualTo("Bearer resource_metadata=\"" + PUBLIC + "/.well-known/oauth-protected-resource/mcp\"");
        JsonObject resource = new JsonObject(given().get("/.well-known/oauth-protected-resource/mcp").asString());
        assertThat(resource.getString("resource")).isEqualTo(PUBLIC + "/mcp");
        assertThat(resource.getJsonArray("authorization_servers").getList()).containsExactly(PUBLIC);
        JsonObject server = new JsonObject(given().get("/.well-known/oauth-authorization-server").asString());
        assertThat(server.getString("issuer")).isEqualTo(PUBLIC);
        assertThat(server.getJsonArray("code_challenge_methods_supported").getList()).containsExactly("S256");
        assertThat(server.getString("registration_endpoint")).isEqualTo(PUBLIC + "/oauth/register");

        String clientId = register();
        Response page = authorize(clientId, Map.of());
        assertThat(page.asString()).contains("Test &lt;b&gt;client&lt;/b&gt;").contains(REDIRECT)
                .contains("cloud_recording:read:list_user_recordings", "meeting:read:summary")
                .doesNotContain("<b>client");
        assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        String code = signIn(clientId);

        Response tokens = exchange(clientId, code, VERIFIER);
        assertThat(tokens.statusCode()).as(tokens.asString()).isEqualTo(200);
        assertThat(tokens.asString()).doesNotContain(ZOOM_ACCESS).doesNotContain(ZOOM_REFRESH);
        assertThat(tokens.header("Cache-Control")).isEqualTo("no-store");
        String access = tokens.path("access_token");
        String refresh = tokens.path("refresh_token");
        assertThat(tokens.<Integer> path("expires_in")).isEqualTo(3539);

        ToolResponse listed = call(Transport.STREAMABLE_HTTP, Map.of("Authorization", "Bearer " + access),
                "zoom_list_recordings", Map.of());
        assertThat(listed.isError()).as(listed.toString()).isFalse();
        assertThat(structured(listed).getJsonArray("meetings")).isNotEmpty();
        assertThat(listOverSse(access)).contains("\"meetings\"").doesNotContain("\"isError\":true");
        zoom().verify(2, getRequestedFor(urlPathEqualTo("/v2/users/me/recordings"))
                .withHeader("Authorization", equalTo("Bearer " + ZOOM_ACCESS)));

        assertThat(exchange(clientId, code, VERIFIER).<String> path("error")).as("a replayed code")
                .isEqualTo("invalid_grant");

        Response refreshed = given().formParam("grant_type", "refresh_token").formParam("refresh_token", refresh)
                .formParam("client_id", clientId).post("/oauth/token");
        assertThat(refreshed.statusCode()).as(refreshed.asString()).isEqualTo(200);
        assertThat(refreshed.<String> path("refresh_token")).isNotEqualTo(refresh);
        assertThat(refreshed.asString()).doesNotContain("zoom-access-canary-a2");
        Response rotatedOut = given().formParam("grant_type", "refresh_token").formParam("refresh_token", refresh)
                .formParam("client_id", clientId).post("/oauth/token");
        assertThat(rotatedOut.statusCode()).isEqualTo(400);
        assertThat(rotatedOut.<String> path("error")).isEqualTo("invalid_grant");
        return List.of(ZOOM_ACCESS, ZOOM_REFRESH, "zoom-access-canary-a2", "zoom-refresh-canary-r2", APP_SECRET,
                "zoom-code-1", VERIFIER, code, access, refresh, KEY);
    }

    @Test
    void theConsentAskedOnceIsRememberedPerBrowserAndClient() {
        String clientId = register();
        Response toZoom = consent(authorize(clientId, Map.of()), "allow");
        String remembered = toZoom.getCookie("__Host-zmcp-consent");
        assertThat(toZoom.getDetailedCookie("__Host-zmcp-consent").isSecured()).isTrue();
        assertThat(toZoom.getDetailedCookie("__Host-zmcp-consent").isHttpOnly()).isTrue();

        Response again = given().redirects().follow(false).cookie("__Host-zmcp-consent", remembered)
                .queryParams(Map.of("response_type", "code", "client_id", clientId, "redirect_uri", REDIRECT,
                        "code_challenge", Pkce.challengeOf(VERIFIER), "code_challenge_method", "S256"))
                .get("/oauth/authorize");
        assertThat(again.statusCode()).as("straight to Zoom").isEqualTo(302);
        assertThat(again.header("Location")).startsWith(ZoomFakeUrls.oauth() + "/oauth/authorize");
        Response back = given().redirects().follow(false).cookies(again.getCookies()).queryParam("code", "zoom-code-1")
                .queryParam("state", query(again.header("Location"), "state")).get("/oauth/callback");
        assertThat(back.header("Location")).as("a client that sent no state gets none back (RFC 6749 §4.1.2)")
                .startsWith(REDIRECT + "?code=").doesNotContain("state=");
        String otherClient = register();
        Response other = given().redirects().follow(false).cookie("__Host-zmcp-consent", remembered)
                .queryParams(Map.of("response_type", "code", "client_id", otherClient, "redirect_uri", REDIRECT,
                        "code_challenge", Pkce.challengeOf(VERIFIER), "code_challenge_method", "S256"))
                .get("/oauth/authorize");
        assertThat(other.statusCode()).as("another client asks again").isEqualTo(200);
    }

    @Test
    void zoomsAnswerIsTakenOnlyInTheBrowserThatConsentedAndOnlyOnce() {
        String clientId = register();
        // the attacker consents in their own browser, then sends the Zoom link to a victim who has approved the app
        Response toZoom = consent(authorize(clientId, Map.of()), "allow");
        String state = query(toZoom.header("Location"), "state");
        assertThat(toZoom.getCookies()).containsKey("__Host-zmcp-consent");
        String signIn = toZoom.getCookies().keySet().stream().filter(n -> n.startsWith("__Host-zmcp-signin-"))
                .findFirst().orElseThrow();
        assertThat(toZoom.getDetailedCookie(signIn).isSecured()).isTrue();
        assertThat(toZoom.getDetailedCookie(signIn).isHttpOnly()).isTrue();

        for (Map<String, String> victimsCookies : List.of(Map.<String, String> of(), Map.of(signIn, "guessed"),
                Map.of("__Host-zmcp-signin-other", toZoom.getCookie(signIn)))) {
            Response victim = given().redirects().follow(false).cookies(victimsCookies).queryParam("code", "zoom-code-1")
                    .queryParam("state", state).get("/oauth/callback");
            assertThat(victim.statusCode()).as(victimsCookies.toString()).isEqualTo(400);
            assertThat(victim.header("Location")).isNull();
            assertThat(victim.asString()).contains("not started in this browser");
        }

        Response own = given().redirects().follow(false).cookie(signIn, toZoom.getCookie(signIn))
                .queryParam("code", "zoom-code-1").queryParam("state", state).get("/oauth/callback");
        assertThat(own.statusCode()).isEqualTo(302);
        assertThat(own.header("Location")).startsWith(REDIRECT + "?code=");
        assertThat(own.getDetailedCookie(signIn).getMaxAge()).as("cleared: the sign-in returns once").isZero();
    }

    @Test
    void refusalsOfTheAuthorizationRequest() {
        String clientId = register();

        Response mismatched = authorize(clientId, Map.of("redirect_uri", "http://127.0.0.1:33418/elsewhere"));
        assertThat(mismatched.statusCode()).as("never redirected").isEqualTo(400);
        assertThat(authorize("forged-client", Map.of()).statusCode()).isEqualTo(400);

        Map<String, String> noPkce = new HashMap<>();
        noPkce.put("code_challenge", null);
        noPkce.put("code_challenge_method", null);
        assertThat(query(authorize(clientId, noPkce).header("Location"), "error")).isEqualTo("invalid_request");
        assertThat(query(authorize(clientId, Map.of("code_challenge_method", "plain", "code_challenge", VERIFIER))
                .header("Location"), "error")).isEqualTo("invalid_request");
        assertThat(query(authorize(clientId, Map.of("resource", "https://other.example/mcp")).header("Location"),
                "error")).isEqualTo("invalid_target");
        assertThat(query(authorize(clientId, Map.of("response_type", "token")).header("Location"), "error"))
                .isEqualTo("unsupported_response_type");
    }

    @Test
    void consentCsrfAndDenial() {
        String clientId = register();
        Response page = authorize(clientId, Map.of());
        Matcher token = Pattern.compile("name=\"consent\" value=\"([^\"]+)\"").matcher(page.asString());
        assertThat(token.find()).isTrue();

        assertThat(given().redirects().follow(false).formParam("consent", token.group(1)).formParam("decision", "allow")
                .post("/oauth/consent").statusCode()).as("no CSRF cookie").isEqualTo(403);
        assertThat(given().redirects().follow(false).cookie("__Host-zmcp-csrf", "another-browser")
                .formParam("consent", token.group(1)).formParam("decision", "allow").post("/oauth/consent").statusCode())
                .as("another browser's cookie").isEqualTo(403);

        Response denied = consent(authorize(clientId, Map.of()), "deny");
        assertThat(denied.statusCode()).isEqualTo(302);
        assertThat(query(denied.header("Location"), "error")).isEqualTo("access_denied");
        assertThat(query(denied.header("Location"), "state")).isEqualTo("client-state-1");
    }

    @Test
    void refusalsAtTheTokenEndpointAndOnTheMcpEndpoints() {
        stubZoomTokens();
        String clientId = register();
        String code = signIn(clientId);

        assertThat(exchange(clientId, code, Pkce.newVerifier()).<String> path("error")).as("wrong verifier")
                .isEqualTo("invalid_grant");
        assertThat(exchange(register(), code, VERIFIER).<String> path("error")).as("another client")
                .isEqualTo("invalid_grant");
        assertThat(given().formParam("grant_type", "password").post("/oauth/token").<String> path("error"))
                .isEqualTo("unsupported_grant_type");
        clock.pinTo(TestClock.DEFAULT.plusSeconds(61));
        assertThat(exchange(clientId, code, VERIFIER).<String> path("error")).as("a code older than 60 s")
                .isEqualTo("invalid_grant");
        clock.reset();
        String access = exchange(clientId, code, VERIFIER).path("access_token");

        Sealer sameKeys = Sealer.ofKeys(KEY);
        String otherAudience = sameKeys.seal("access", Map.of("zat", ZOOM_ACCESS, "cid", clientId,
                "res", "https://other.example/mcp"), TestClock.DEFAULT.plusSeconds(600));
        String tampered = access.substring(0, access.length() - 4) + (access.endsWith("AAAA") ? "BBBB" : "AAAA");
        for (String bearer : new String[] { otherAudience, tampered, "garbage", code }) {
            Response refused = given().header("Authorization", "Bearer " + bearer).contentType("application/json")
                    .accept("application/json, text/event-stream").body(McpCalls.INITIALIZE).post("/mcp");
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
        }
        clock.pinTo(TestClock.DEFAULT.plus(Duration.ofHours(1)));
        assertThat(given().header("Authorization", "Bearer " + access).get("/mcp/sse").statusCode()).as("expired")
                .isEqualTo(401);
        clock.reset();
        for (String missing : new String[] { "", "Basic dXNlcjpwYXNz", "Bearer " }) {
            Response unauthenticated = given().header("Authorization", missing).get("/mcp/sse");
            assertThat(unauthenticated.statusCode()).isEqualTo(401);
            assertThat(unauthenticated.header("WWW-Authenticate")).as("no bearer token, no error code (RFC 6750 §3.1)")
                    .startsWith("Bearer resource_metadata=").doesNotContain("error=");
        }
        assertThat(given().get("/q/health/live").statusCode()).as("health stays open").isEqualTo(200);
    }

    @Test
    void repeatedParametersAreRefusedAndTheSseEndpointIsItsOwnResource() {
        String clientId = register();
        Response twice = given().redirects().follow(false).queryParam("response_type", "code")
                .queryParam("client_id", clientId).queryParam("redirect_uri", REDIRECT, "https://attacker.example/cb")
                .queryParam("code_challenge", Pkce.challengeOf(VERIFIER)).queryParam("code_challenge_method", "S256")
                .get("/oauth/authorize");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.header("Location")).isNull();
        assertThat(twice.asString()).contains("invalid_request", "redirect_uri is given more than once");
        Response tokenTwice = given().formParam("grant_type", "authorization_code", "refresh_token").post("/oauth/token");
        assertThat(tokenTwice.<String> path("error")).isEqualTo("invalid_request");

        JsonObject sse = new JsonObject(given().get("/.well-known/oauth-protected-resource/mcp/sse").asString());
        assertThat(sse.getString("resource")).as("RFC 9728 §3.3").isEqualTo(PUBLIC + "/mcp/sse");
        assertThat(authorize(clientId, Map.of("resource", PUBLIC + "/mcp/sse")).statusCode()).as("accepted")
                .isEqualTo(200);
        Response elsewhere = authorize(clientId, Map.of("resource", PUBLIC + "/mcp/other"));
        assertThat(elsewhere.statusCode()).isEqualTo(302);
        assertThat(elsewhere.header("Location")).contains("error=invalid_target");
    }

    @Test
    void aClientIdMetadataDocumentRegistersTheClient() {
        stubZoomTokens();
        String clientId = dev.zoommcp.support.ZoomFake.zoomBase() + "/clients/vscode.json";
        zoom().stubFor(get(urlPathEqualTo("/clients/vscode.json")).willReturn(okJson(new JsonObject()
                .put("client_id", clientId).put("client_name", "Visual Studio Code")
                .put("redirect_uris", new io.vertx.core.json.JsonArray().add(REDIRECT))
                .put("token_endpoint_auth_method", "none").encode())));

        String code = signIn(clientId);
        Response tokens = exchange(clientId, code, VERIFIER);

        assertThat(tokens.statusCode()).as(tokens.asString()).isEqualTo(200);
        assertThat(authorize(clientId, Map.of()).asString()).contains("Visual Studio Code");
        zoom().verify(1, getRequestedFor(urlPathEqualTo("/clients/vscode.json")));
    }

    @Test
    void metadataDocumentsThatAreNotPublicValidAndSmallAreRefused() {
        String base = dev.zoommcp.support.ZoomFake.zoomBase();
        zoom().stubFor(get(urlPathEqualTo("/clients/big.json")).willReturn(okJson(new JsonObject()
                .put("client_id", base + "/clients/big.json").put("client_name", "x".repeat(6000))
                .put("redirect_uris", new io.vertx.core.json.JsonArray().add(REDIRECT)).encode())));
        zoom().stubFor(get(urlPathEqualTo("/clients/other.json")).willReturn(okJson(new JsonObject()
                .put("client_id", "https://other.example/client.json")
                .put("redirect_uris", new io.vertx.core.json.JsonArray().add(REDIRECT)).encode())));
        zoom().stubFor(get(urlPathEqualTo("/clients/slow.json")).willReturn(okJson(new JsonObject()
                .put("client_id", base + "/clients/slow.json")
                .put("redirect_uris", new io.vertx.core.json.JsonArray().add(REDIRECT)).encode()).withFixedDelay(4000)));
        zoom().stubFor(get(urlPathEqualTo("/clients/redirecting.json")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", base + "/clients/other.json")));

        for (String clientId : new String[] { "https://127.0.0.1:9/client.json", "https://169.254.169.254/latest/c.json",
                "https://[::1]/c.json", "http://example.com/client.json", "https://example.com", base + "/clients/big.json",
                base + "/clients/other.json", base + "/clients/slow.json", base + "/clients/redirecting.json",
                base + "/clients/missing.json" }) {
            Response refused = authorize(clientId, Map.of());
            assertThat(refused.statusCode()).as(clientId).isEqualTo(400);
            assertThat(refused.asString()).contains("Unknown client");
        }
        zoom().verify(1, getRequestedFor(urlPathEqualTo("/clients/other.json")));
    }

    @TestHTTPResource("/mcp/sse")
    URI sse;

    /**
     * zoom_list_recordings over the legacy SSE transport with the bearer token on every request (the test client cannot
     * put credentials on the stream's GET, so this speaks plain HTTP); returns the call's result event.
     */
    private String listOverSse(String access) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<java.util.stream.Stream<String>> stream = http.send(HttpRequest.newBuilder(sse)
                .header("Authorization", "Bearer " + access).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        try {
            assertThat(stream.statusCode()).isEqualTo(200);
            java.util.Iterator<String> lines = stream.body().iterator();
            String endpoint = next(lines, line -> line.startsWith("data:")).substring(5).strip();
            URI messages = sse.resolve(endpoint);
            for (String message : new String[] { McpCalls.INITIALIZE,
                    "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                    "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":"
                            + "\"zoom_list_recordings\",\"arguments\":{}}}" }) {
                HttpResponse<Void> posted = http.send(HttpRequest.newBuilder(messages)
                        .header("Authorization", "Bearer " + access).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(message)).build(), HttpResponse.BodyHandlers.discarding());
                assertThat(posted.statusCode()).isBetween(200, 202);
            }
            return next(lines, line -> line.startsWith("data:") && line.contains("\"id\":2"));
        } finally {
            stream.body().close();
        }
    }

    private static String next(java.util.Iterator<String> lines, java.util.function.Predicate<String> wanted) {
        while (lines.hasNext()) {
            String line = lines.next();
            if (wanted.test(line)) {
                return line;
            }
        }
        throw new AssertionError("the SSE stream ended first");
    }

    /** The fake Zoom's OAuth base URL as the server sees it. */
    static final class ZoomFakeUrls {
        static String oauth() {
            return dev.zoommcp.support.ZoomFake.zoomBase();
        }
    }
}
