package dev.zoommcp.tools;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.zoommcp.support.McpCalls.call;
import static dev.zoommcp.support.McpCalls.structured;
import static dev.zoommcp.support.McpCalls.text;
import static dev.zoommcp.support.ZoomFake.fixture;
import static dev.zoommcp.support.ZoomFake.zoom;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

import dev.zoommcp.support.Transport;
import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkiverse.mcp.server.ToolResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

@QuarkusTest
class RefreshTokenToolTest extends ZoomToolTestBase {

    private static final String TOOL = "zoom_refresh_token";
    private static final String PATH = "/oauth/token";
    private static final String REFRESH = "refresh-token-canary-51d0e2";
    private static final String CLIENT_ID = "clientIdCanary42";
    private static final String SECRET = "client-secret-canary-9b8c7d";

    private static Map<String, Object> args() {
        Map<String, Object> args = new HashMap<>();
        args.put("zoom_refresh_token", REFRESH);
        args.put("zoom_client_id", CLIENT_ID);
        args.put("zoom_client_secret", SECRET);
        return args;
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void exchangesTheRefreshTokenForANewPair(Transport transport) {
        zoom().stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson(fixture("oauth-token.json"))));

        ToolResponse response = call(transport, TOOL, args());

        assertThat(response.isError()).as(response.toString()).isFalse();
        JsonObject result = structured(response);
        assertThat(result.getString("access_token")).isEqualTo("new-access-token-canary-0001");
        assertThat(result.getString("refresh_token")).isEqualTo("new-refresh-token-canary-0002");
        assertThat(result.getString("token_type")).isEqualTo("bearer");
        assertThat(result.getString("scope")).isEqualTo("recording:read user:read");
        assertThat(result.getLong("expires_in")).isEqualTo(3600L);
        assertThat(result.getString("expires_at")).as("the pinned clock + 3600 s").isEqualTo("2026-04-01T00:30:00Z");
        String basic = Base64.getEncoder().encodeToString((CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        zoom().verify(1, postRequestedFor(urlPathEqualTo(PATH))
                .withHeader("Authorization", equalTo("Basic " + basic))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withFormParam("grant_type", equalTo("refresh_token"))
                .withFormParam("refresh_token", equalTo(REFRESH)));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void acceptsAndIgnoresTheOriginalsAccessTokenArgument(Transport transport) {
        zoom().stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson(fixture("oauth-token.json"))));
        Map<String, Object> args = args();
        args.put("zoom_access_token", TOKEN);

        assertThat(call(transport, TOOL, args).isError()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void rotatedRefreshTokenSaysToUseTheNewestOne(Transport transport) {
        zoom().stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"reason\":\"Invalid Token!\",\"error\":\"invalid_grant\"}")));

        ToolResponse response = call(transport, TOOL, args());

        assertThat(response.isError()).isTrue();
        assertThat(text(response)).contains("HTTP 400", "invalid_grant", "Invalid Token!", "already used",
                "newest").doesNotContain(REFRESH).doesNotContain(SECRET);
        zoom().verify(1, postRequestedFor(urlPathEqualTo(PATH)));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void wrongClientCredentialsAreNamed(Transport transport) {
        zoom().stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"reason\":\"Invalid client_id or client_secret\",\"error\":\"invalid_client\"}")));

        ToolResponse response = call(transport, TOOL, args());

        assertThat(response.isError()).isTrue();
        assertThat(text(response)).contains("HTTP 401", "invalid_client", "client id or client secret is wrong")
                .doesNotContain(SECRET).doesNotContain(REFRESH);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void serverErrorsAreNotRetriedBecauseARefreshIsNotIdempotent(Transport transport) {
        zoom().stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(500)));

        ToolResponse response = call(transport, TOOL, args());

        assertThat(response.isError()).isTrue();
        assertThat(text(response)).contains("HTTP 500", "try again").doesNotContain("retries");
        zoom().verify(1, postRequestedFor(urlPathEqualTo(PATH)));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void shortRateLimitIsRetried(Transport transport) {
        zoom().stubFor(post(urlPathEqualTo(PATH)).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429)).willSetStateTo("ok"));
        zoom().stubFor(post(urlPathEqualTo(PATH)).inScenario("429").whenScenarioStateIs("ok")
                .willReturn(okJson(fixture("oauth-token.json"))));

        assertThat(call(transport, TOOL, args()).isError()).isFalse();
        zoom().verify(2, postRequestedFor(urlPathEqualTo(PATH)));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void missingOrMalformedArgumentsAreRefusedWithoutCallingZoom(Transport transport) {
        for (String name : new String[] { "zoom_refresh_token", "zoom_client_id", "zoom_client_secret" }) {
            Map<String, Object> missing = args();
            missing.remove(name);
            ToolResponse response = call(transport, TOOL, missing);
            assertThat(response.isError()).as(name).isTrue();
            assertThat(text(response)).contains(name);

            Map<String, Object> blank = args();
            blank.put(name, "");
            assertThat(text(call(transport, TOOL, blank))).contains(name, "required");

            Map<String, Object> spaced = args();
            spaced.put(name, "two words");
            assertThat(text(call(transport, TOOL, spaced))).contains(name, "malformed").doesNotContain("two words");
        }
        zoom().verify(0, anyRequestedFor(anyUrl()));
    }
}
