package dev.zoommcp.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

class ClientRegistrationsTest {

    private static final Instant NOW = Instant.parse("2026-03-31T23:30:00Z");
    private static final Sealer SEALER = Sealer.ofKeys(
            Base64.getEncoder().encodeToString("k".repeat(32).getBytes(StandardCharsets.US_ASCII)));

    private final ClientRegistrations registrations = new ClientRegistrations(SEALER, Duration.ofDays(365));

    private static JsonObject metadata(String... redirectUris) {
        return new JsonObject().put("client_name", "Claude Code").put("redirect_uris", new JsonArray(java.util.List.of(redirectUris)))
                .put("grant_types", new JsonArray().add("authorization_code").add("refresh_token"))
                .put("response_types", new JsonArray().add("code")).put("token_endpoint_auth_method", "none");
    }

    @Test
    void theClientIdIsTheSealedRegistrationAndAnyReplicaReadsItBack() throws Exception {
        ClientRegistrations.Client client = registrations.register(metadata("http://localhost:33418/callback"), NOW);

        assertThat(client.clientId()).doesNotContain("localhost").doesNotContain("Claude");
        ClientRegistrations.Client read = new ClientRegistrations(SEALER, Duration.ofDays(365))
                .find(client.clientId(), NOW.plus(Duration.ofDays(30))).orElseThrow();
        assertThat(read.name()).isEqualTo("Claude Code");
        assertThat(read.allowsRedirect("http://localhost:51234/callback")).isTrue();
        assertThat(read.allowsRedirect("http://localhost:51234/other")).isFalse();
        assertThat(registrations.response(read, NOW).getString("token_endpoint_auth_method")).isEqualTo("none");
    }

    @Test
    void unknownExpiredOrForgedClientIdsAreNotFound() throws Exception {
        String clientId = registrations.register(metadata("https://claude.ai/api/mcp/auth_callback"), NOW).clientId();

        assertThat(registrations.find(clientId, NOW.plus(Duration.ofDays(366)))).isEmpty();
        assertThat(registrations.find("my-client", NOW)).isEmpty();
        assertThat(registrations.find(SEALER.seal("code", java.util.Map.of("name", "x"), NOW.plusSeconds(60)), NOW))
                .as("a sealed value of another purpose").isEmpty();
    }

    @Test
    void refusalsNameTheRfc7591Error() {
        assertRefused(metadata("javascript:alert(1)"), "invalid_redirect_uri");
        assertRefused(metadata("http://evil.example/cb"), "invalid_redirect_uri");
        assertRefused(new JsonObject().put("client_name", "x"), "invalid_redirect_uri");
        assertRefused(new JsonObject().put("redirect_uris", "https://claude.ai/cb"), "invalid_redirect_uri");
        assertRefused(metadata("https://claude.ai/cb").put("token_endpoint_auth_method", "client_secret_basic"),
                "invalid_client_metadata");
        assertRefused(metadata("https://claude.ai/cb").put("grant_types", new JsonArray().add("client_credentials")),
                "invalid_client_metadata");
        assertRefused(metadata("https://claude.ai/cb").put("response_types", "code"), "invalid_client_metadata");
    }

    @Test
    void theNameShownOnTheConsentPageIsCleanedAndBounded() throws Exception {
        JsonObject hostile = metadata("https://claude.ai/cb").put("client_name", "Evil\u0000\nApp" + "x".repeat(300));

        String name = registrations.register(hostile, NOW).name();

        assertThat(name).startsWith("EvilApp").hasSize(100).doesNotContain("\n");
        String mirrored = registrations.register(metadata("https://claude.ai/cb")
                .put("client_name", "Claude \u202Eedoc\u202C \u200Bapp"), NOW).name();
        assertThat(mirrored).as("bidirectional and zero-width format characters").isEqualTo("Claude edoc app");
    }

    private void assertRefused(JsonObject metadata, String error) {
        assertThatThrownBy(() -> registrations.register(metadata, NOW)).as(metadata.encode())
                .isInstanceOf(ClientRegistrations.Refused.class)
                .satisfies(e -> assertThat(((ClientRegistrations.Refused) e).error()).isEqualTo(error));
    }
}
