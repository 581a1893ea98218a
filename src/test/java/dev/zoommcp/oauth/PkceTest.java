package dev.zoommcp.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PkceTest {

    /** RFC 7636 Appendix B. */
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    @Test
    void theRfcExampleVerifies() {
        assertThat(Pkce.challengeOf(VERIFIER)).isEqualTo(CHALLENGE);
        assertThat(Pkce.verifies(VERIFIER, CHALLENGE)).isTrue();
    }

    @Test
    void wrongMalformedOrPlainVerifiersFail() {
        assertThat(Pkce.verifies(VERIFIER.replace('d', 'e'), CHALLENGE)).as("wrong verifier").isFalse();
        assertThat(Pkce.verifies(CHALLENGE, CHALLENGE)).as("plain: the challenge itself").isFalse();
        assertThat(Pkce.verifies("short", Pkce.challengeOf("short"))).as("under 43 characters").isFalse();
        assertThat(Pkce.verifies("x".repeat(129), Pkce.challengeOf("x".repeat(129)))).isFalse();
        assertThat(Pkce.verifies(VERIFIER + " ", CHALLENGE)).isFalse();
        assertThat(Pkce.verifies(null, CHALLENGE)).isFalse();
        assertThat(Pkce.verifies(VERIFIER, null)).isFalse();
        assertThat(Pkce.isS256Challenge(CHALLENGE + "=")).as("padding").isFalse();
        assertThat(Pkce.isS256Challenge("plain-challenge")).isFalse();
    }

    @Test
    void newVerifiersAreWellFormedAndDistinct() {
        String a = Pkce.newVerifier();
        String b = Pkce.newVerifier();

        assertThat(Pkce.isVerifier(a)).isTrue();
        assertThat(a).hasSize(43).isNotEqualTo(b);
        assertThat(Pkce.verifies(a, Pkce.challengeOf(a))).isTrue();
    }
}
