package dev.zoommcp.it;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.vertx.core.json.JsonObject;

/**
 * Sign in with Zoom across two replicas of the packaged server bound to all interfaces, sharing only their settings:
 * each step of the sign-in goes to the other replica than the step before (nothing is kept server-side), and the
 * token one issued is accepted by the other.
 */
class SignInReplicasIT {

    private static final String KEY = Base64.getEncoder().encodeToString("r".repeat(32).getBytes(StandardCharsets.US_ASCII));
    private static final String REDIRECT = "http://127.0.0.1:40123/callback";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static WireMockServer zoom;
    private static AppProcess a;
    private static AppProcess b;

    @BeforeAll
    static void start() throws Exception {
        zoom = new WireMockServer(options().dynamicPort());
        zoom.start();
        try (InputStream in = SignInReplicasIT.class.getResourceAsStream("/zoom/meeting-q3.json")) {
            zoom.stubFor(get(urlPathEqualTo("/v2/meetings/85746065432/recordings"))
                    .withHeader("Authorization", equalTo("Bearer zoom-replica-access"))
                    .willReturn(okJson(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
        }
        zoom.stubFor(post(urlPathEqualTo("/oauth/token")).withRequestBody(containing("code=zoom-code-r"))
                .willReturn(okJson("{\"access_token\":\"zoom-replica-access\",\"refresh_token\":\"zoom-replica-refresh\","
                        + "\"token_type\":\"bearer\",\"expires_in\":3599}")));
        String base = "http://localhost:" + zoom.port();
        Map<String, String> env = Map.of("ZOOM_API_URL", base + "/v2", "ZOOM_OAUTH_URL", base,
                "QUARKUS_HTTP_HOST", "0.0.0.0", "MCP_ACCESS_ZOOM_OAUTH", "true",
                "MCP_ACCESS_ZOOM_OAUTH_CLIENT_ID", "replicaApp", "MCP_ACCESS_ZOOM_OAUTH_CLIENT_SECRET", "replica-secret",
                "MCP_ACCESS_PUBLIC_URL", "https://zoom-mcp.test", "MCP_ACCESS_TOKEN_KEYS", KEY);
        a = AppProcess.start(env);
        b = AppProcess.start(env);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        AppProcess.closeAll(a, b);
        zoom.stop();
    }

    @Test
    void everyStepMayLandOnAnotherReplica() throws Exception {
        String verifier = "v".repeat(50);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));

        HttpResponse<String> registered = send(a, "/oauth/register", "application/json",
                "{\"client_name\":\"IT\",\"redirect_uris\":[\"" + REDIRECT + "\"]}", null);
        assertThat(registered.statusCode()).isEqualTo(201);
        String clientId = new JsonObject(registered.body()).getString("client_id");

        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(b.uri("/oauth/authorize?response_type=code&client_id="
                + enc(clientId) + "&redirect_uri=" + enc(REDIRECT) + "&code_challenge=" + challenge
                + "&code_challenge_method=S256&state=s1")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        String csrf = page.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("__Host-zmcp-csrf="))
                .findFirst().orElseThrow().replaceAll("^__Host-zmcp-csrf=([^;]*).*", "$1");
        Matcher consent = Pattern.compile("name=\"consent\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(consent.find()).isTrue();

        HttpResponse<String> toZoom = send(a, "/oauth/consent", "application/x-www-form-urlencoded",
                "consent=" + enc(consent.group(1)) + "&decision=allow", "__Host-zmcp-csrf=" + csrf);
        assertThat(toZoom.statusCode()).isEqualTo(302);
        String state = query(toZoom.headers().firstValue("location").orElseThrow(), "state");

        String signIn = toZoom.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("__Host-zmcp-signin-"))
                .findFirst().orElseThrow().replaceAll(";.*", "");
        HttpResponse<String> back = HTTP.send(HttpRequest.newBuilder(b.uri("/oauth/callback?code=zoom-code-r&state="
                + enc(state))).header("Cookie", signIn).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(back.statusCode()).isEqualTo(302);
        String code = query(back.headers().firstValue("location").orElseThrow(), "code");

        HttpResponse<String> tokens = send(a, "/oauth/token", "application/x-www-form-urlencoded",
                "grant_type=authorization_code&code=" + enc(code) + "&redirect_uri=" + enc(REDIRECT) + "&client_id="
                        + enc(clientId) + "&code_verifier=" + verifier, null);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        assertThat(tokens.body()).doesNotContain("zoom-replica-access");
        String access = new JsonObject(tokens.body()).getString("access_token");

        HttpResponse<String> called = HTTP.send(HttpRequest.newBuilder(b.uri("/mcp"))
                .header("Authorization", "Bearer " + access).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\","
                        + "\"params\":{\"name\":\"zoom_get_recording_details\",\"arguments\":{\"meeting_id\":\"85746065432\"}}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(called.statusCode()).isEqualTo(200);
        assertThat(called.body()).contains("Q3 roadmap review").doesNotContain("\"isError\":true");
    }

    private static HttpResponse<String> send(AppProcess app, String path, String type, String body, String cookie)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String query(String location, String name) {
        Matcher m = Pattern.compile("[?&]" + name + "=([^&]*)").matcher(location);
        assertThat(m.find()).as(name + " in " + location).isTrue();
        return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
