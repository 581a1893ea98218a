package dev.zoommcp.tools;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.zoommcp.support.McpCalls.call;
import static dev.zoommcp.support.McpCalls.text;
import static dev.zoommcp.support.ZoomFake.fixture;
import static dev.zoommcp.support.ZoomFake.zoom;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import dev.zoommcp.support.TestClock;
import dev.zoommcp.support.Transport;
import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkiverse.mcp.server.ToolResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Credentials from the environment: with a Server-to-Server app configured, a call without a token uses a token the
 * server minted itself, kept until shortly before it expires, one mint at a time; a caller's own token still wins.
 */
@QuarkusTest
@TestProfile(ServerCredentialsTest.WithAccountCredentials.class)
class ServerCredentialsTest extends ZoomToolTestBase {

    static final String SECRET = "env-client-secret-canary-77";
    static final String PATH = "/v2/users/me/recordings";

    public static class WithAccountCredentials implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("zoom.account-id", "envAccount", "zoom.client-id", "envClient", "zoom.client-secret", SECRET);
        }
    }

    private static void stubMint(String token, int delayMillis) {
        String basic = Base64.getEncoder().encodeToString(("envClient:" + SECRET).getBytes(StandardCharsets.UTF_8));
        zoom().stubFor(post(urlPathEqualTo("/oauth/token")).withHeader("Authorization", equalTo("Basic " + basic))
                .withRequestBody(containing("grant_type=account_credentials"))
                .withRequestBody(containing("account_id=envAccount"))
                .willReturn(okJson("{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\",\"expires_in\":3600}")
                        .withFixedDelay(delayMillis)));
        zoom().stubFor(get(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(okJson(fixture("recordings-page2.json"))));
    }

    @Test
    void callsWithoutATokenUseOneMintedTokenUntilItNearlyExpires() {
        stubMint("s2s-minted-1", 300);
        List<CompletableFuture<ToolResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> call(Transport.STREAMABLE_HTTP, "zoom_list_recordings",
                    Map.of())));
        }
        calls.forEach(c -> assertThat(c.join().isError()).as(c.join().toString()).isFalse());
        assertThat(call(Transport.SSE, "zoom_list_recordings", Map.of()).isError()).isFalse();
        zoom().verify(1, postRequestedFor(urlPathEqualTo("/oauth/token")));
        zoom().verify(6, getRequestedFor(urlPathEqualTo(PATH)).withHeader("Authorization",
                equalTo("Bearer s2s-minted-1")));

        ToolResponse own = call(Transport.STREAMABLE_HTTP, "zoom_list_recordings", Map.of("zoom_access_token", TOKEN));
        assertThat(text(own)).as("the caller's own token wins").doesNotContain("ZOOM_ACCOUNT_ID");
        zoom().verify(1, getRequestedFor(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer " + TOKEN)));

        clock.pinTo(TestClock.DEFAULT.plusSeconds(3541));
        stubMint("s2s-minted-2", 0);
        assertThat(call(Transport.STREAMABLE_HTTP, "zoom_list_recordings", Map.of()).isError()).isFalse();
        zoom().verify(2, postRequestedFor(urlPathEqualTo("/oauth/token")));

        clock.pinTo(TestClock.DEFAULT.plusSeconds(2 * 3541));
        zoom().resetMappings();
        zoom().stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(aResponse().withStatus(400)
                .withBody("{\"reason\":\"Invalid client_id or client_secret " + SECRET + "\",\"error\":\"invalid_client\"}")));
        ToolResponse refused = call(Transport.STREAMABLE_HTTP, "zoom_list_recordings", Map.of());
        assertThat(refused.isError()).isTrue();
        assertThat(text(refused)).contains("ZOOM_ACCOUNT_ID", "zoom_access_token").doesNotContain(SECRET)
                .doesNotContain("s2s-minted");
    }
}
