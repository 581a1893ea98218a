package dev.zoommcp.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SealerTest {

    private static final String KEY_A = Base64.getEncoder().encodeToString("a".repeat(32).getBytes(StandardCharsets.US_ASCII));
    private static final String KEY_B = Base64.getEncoder().encodeToString("b".repeat(32).getBytes(StandardCharsets.US_ASCII));
    private static final Instant NOW = Instant.parse("2026-03-31T23:30:00Z");
    private static final String SECRET = "zoom-access-token-canary-51c2";

    private final Sealer sealer = Sealer.ofKeys(KEY_A);

    @Test
    void whatIsSealedOpensForItsPurposeUntilItExpires() {
        String sealed = sealer.seal("access", Map.of("zoom", SECRET, "aud", "https://mcp.example/mcp"),
                NOW.plus(Duration.ofMinutes(5)));

        assertThat(sealed).doesNotContain(SECRET).doesNotContain("mcp.example");
        assertThat(sealer.unseal("access", sealed, NOW).orElseThrow().getClaim("zoom")).isEqualTo(SECRET);
        assertThat(sealer.unseal("refresh", sealed, NOW)).as("another purpose").isEmpty();
        assertThat(sealer.unseal("access", sealed, NOW.plus(Duration.ofMinutes(5)))).as("expired").isEmpty();
    }

    @Test
    void changedForgedOrForeignValuesDoNotOpen() {
        String sealed = sealer.seal("code", Map.of("zoom_code", "abc"), NOW.plusSeconds(60));
        char[] chars = sealed.toCharArray();
        int inCiphertext = sealed.lastIndexOf('.') - 5;
        chars[inCiphertext] = chars[inCiphertext] == 'A' ? 'B' : 'A';

        assertThat(sealer.unseal("code", new String(chars), NOW)).as("one character changed").isEmpty();
        assertThat(Sealer.ofKeys(KEY_B).unseal("code", sealed, NOW)).as("another server's key").isEmpty();
        assertThat(sealer.unseal("code", "eyJhbGciOiJub25lIn0.eyJwdXIiOiJjb2RlIn0.", NOW)).as("unsigned JWT").isEmpty();
        assertThat(sealer.unseal("code", "eyJhbGciOiJkaXIifQ..AAAA.AAAA.AAAA", NOW)).as("a JWE header without enc")
                .isEmpty();
        assertThat(sealer.unseal("code", "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..AAAA.AAAA.AAAA", NOW))
                .as("no key id").isEmpty();
        assertThat(sealer.unseal("code", "e30..AAAA.AAAA.AAAA", NOW)).as("an empty header").isEmpty();
        assertThat(sealer.unseal("code", "not a token", NOW)).isEmpty();
        assertThat(sealer.unseal("code", "", NOW)).isEmpty();
        assertThat(sealer.unseal("code", null, NOW)).isEmpty();
        assertThat(sealer.unseal("code", "x".repeat(Sealer.MAX_SEALED_CHARS + 1), NOW)).isEmpty();
    }

    @Test
    void keysRotate_theFirstSealsAndEveryOneOpens() {
        String underA = sealer.seal("client", Map.of("name", "Claude"), NOW.plusSeconds(600));
        Sealer rotated = Sealer.ofKeys(KEY_B + "," + KEY_A);

        assertThat(rotated.unseal("client", underA, NOW)).as("an old key still opens").isPresent();
        String underB = rotated.seal("client", Map.of("name", "Claude"), NOW.plusSeconds(600));
        assertThat(sealer.unseal("client", underB, NOW)).as("sealed with the new key").isEmpty();
        assertThat(Sealer.ofKeys(KEY_B).unseal("client", underB, NOW)).isPresent();
    }

    @Test
    void badKeysAreRefusedWithoutEchoingThem() {
        String shortKey = Base64.getEncoder().encodeToString("short-secret-key".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> Sealer.ofKeys(shortKey)).hasMessageContaining("32 random bytes")
                .hasMessageNotContaining(shortKey);
        assertThatThrownBy(() -> Sealer.ofKeys("not*base64!")).hasMessageContaining("not base64")
                .hasMessageNotContaining("not*base64!");
        assertThatThrownBy(() -> Sealer.ofKeys(" , ")).hasMessageContaining("no token key");
        assertThatThrownBy(() -> Sealer.ofKeys(null)).hasMessageContaining("no token key");
    }
}
