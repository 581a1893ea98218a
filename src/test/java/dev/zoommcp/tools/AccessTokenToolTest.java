package dev.zoommcp.tools;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.zoommcp.support.McpCalls.call;
import static dev.zoommcp.support.McpCalls.structured;
import static dev.zoommcp.support.McpCalls.text;
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
class AccessTokenToolTest extends ZoomToolTestBase {

    private static final String TOOL = "zoom_get_access_token";
    private static final String PATH = "/oauth/token";
    private static final String SECRET = "s2s-secret-canary-1234";
    private static final String S2S_TOKEN = "{\"access_token\":\"s2s-access-canary\",\"token_type\":\"bearer\","
            + "\"expires_in\":3599,\"scope\":\"cloud_recording:read:list_user_recordings:admin\",\"api_url\":\"https://api.zoom.us\"}";

    private static Map<String, Object> args() {
        Map<String, Object> args = new HashMap<>();
        args.put("zoom_account_id", "AbCdEfGhIjKlMnOpQrStUv");
        args.put("zoom_client_id", "s2sClientId");
        args.put("zoom_client_secret", SECRET);
        return args;
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void getsAnAccountTokenWithTheClientCredentials(Transport transport) {
        zoom().stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson(S2S_TOKEN)));

        ToolResponse response = call(transport, TOOL, args());

        assertThat(response.isError()).as(response.toString()).isFalse();
        JsonObject result = structured(response);
        assertThat(result.getString("access_token")).isEqualTo("s2s-access-canary");
        assertThat(result.getLong("expires_in")).isEqualTo(3599L);
        assertThat(result.containsKey("refresh_token")).isFalse();
        assertThat(result.getString("expires_at")).as("the pinned clock + 3599 s").isEqualTo("2026-04-01T00:29:59Z");
        String basic = Base64.getEncoder().encodeToString(("s2sClientId:" + SECRET).getBytes(StandardCharsets.UTF_8));
        zoom().verify(1, postRequestedFor(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Basic " + basic))
                .withFormParam("grant_type", equalTo("account_credentials"))
                .withFormParam("account_id", equalTo("AbCdEfGhIjKlMnOpQrStUv")));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void transientFailuresAreRetriedBecauseNothingRotates(Transport transport) {
        zoom().stubFor(post(urlPathEqualTo(PATH)).inScenario("s2s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
        zoom().stubFor(post(urlPathEqualTo(PATH)).inScenario("s2s").whenScenarioStateIs("ok")
                .willReturn(okJson(S2S_TOKEN)));

        assertThat(call(transport, TOOL, args()).isError()).isFalse();
        zoom().verify(2, postRequestedFor(urlPathEqualTo(PATH)));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void wrongAppTypeOrAccountAndWrongClientAreExplained(Transport transport) {
        zoom().stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(400)
                .withBody("{\"reason\":\"unsupported grant type\",\"error\":\"unsupported_grant_type\"}")));
        assertThat(text(call(transport, TOOL, args()))).contains("Server-to-Server", "Account ID");

        zoom().stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401)
                .withBody("{\"reason\":\"Invalid client_id or client_secret\",\"error\":\"invalid_client\"}")));
        assertThat(text(call(transport, TOOL, args()))).contains("client id or client secret is wrong")
                .doesNotContain(SECRET);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void missingArgumentsAreRefusedWithoutCallingZoom(Transport transport) {
        for (String name : new String[] { "zoom_account_id", "zoom_client_id", "zoom_client_secret" }) {
            Map<String, Object> args = args();
            args.remove(name);
            assertThat(text(call(transport, TOOL, args))).contains(name);
        }
        Map<String, Object> colon = args();
        colon.put("zoom_client_id", "id:with-colon");
        assertThat(text(call(transport, TOOL, colon))).contains("zoom_client_id is malformed");
        Map<String, Object> account = args();
        account.put("zoom_account_id", "abc&grant_type=password");
        assertThat(text(call(transport, TOOL, account))).contains("zoom_account_id is malformed");
        zoom().verify(0, anyRequestedFor(anyUrl()));
    }
}
