package dev.zoommcp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The inbound authentication settings are checked at start-up: an unsafe or contradictory mix refuses to start. */
class AccessModesTest {

    private static final McpEndpoint ENDPOINT = new McpEndpoint("/", "/mcp");

    private static AccessConfig config(boolean oidc, String... apiKeys) {
        return new AccessConfig() {
            @Override
            public List<String> allowedHosts() {
                return List.of("localhost");
            }

            @Override
            public Optional<List<String>> apiKeys() {
                return apiKeys.length == 0 ? Optional.empty() : Optional.of(List.of(apiKeys));
            }

            @Override
            public boolean oidc() {
                return oidc;
            }

            @Override
            public int maxSessions() {
                return 10;
            }
        };
    }

    @Test
    void oidcWithoutAnAudienceRefusesToStart() {
        assertThatThrownBy(() -> new McpAccessFilter(config(true), ENDPOINT, Optional.empty()))
                .hasMessageContaining("quarkus.oidc.token.audience");
        assertThatThrownBy(() -> new McpAccessFilter(config(true), ENDPOINT, Optional.of(List.of())))
                .hasMessageContaining("quarkus.oidc.token.audience");
    }

    @Test
    void oidcThatAcceptsAnyAudienceRefusesToStart() {
        assertThatThrownBy(() -> new McpAccessFilter(config(true), ENDPOINT, Optional.of(List.of("any"))))
                .hasMessageContaining("not \"any\"");
    }

    @Test
    void theGuardedPathFollowsTheHttpRootPath() {
        assertThat(new McpEndpoint("/", "/mcp").path()).isEqualTo("/mcp");
        assertThat(new McpEndpoint("/api", "/mcp").path()).isEqualTo("/api/mcp");
        assertThat(new McpEndpoint("/api/", "mcp/").path()).isEqualTo("/api/mcp");
        assertThat(new McpEndpoint("/api", "/mcp").covers("/api/mcp/sse")).isTrue();
        assertThat(new McpEndpoint("/api", "/mcp").covers("/api/mcpx")).isFalse();
    }

    @Test
    void oidcAndApiKeysTogetherRefuseToStart() {
        assertThatThrownBy(() -> new McpAccessFilter(config(true, "k1"), ENDPOINT, Optional.of(List.of("aud"))))
                .hasMessageContaining("not both");
    }

    @Test
    void eachModeAloneStarts() {
        assertThatCode(() -> new McpAccessFilter(config(true), ENDPOINT, Optional.of(List.of("aud"))))
                .doesNotThrowAnyException();
        assertThatCode(() -> new McpAccessFilter(config(false, "k1"), ENDPOINT, Optional.empty()))
                .doesNotThrowAnyException();
        assertThatCode(() -> new McpAccessFilter(config(false), ENDPOINT, Optional.empty())).doesNotThrowAnyException();
    }
}
