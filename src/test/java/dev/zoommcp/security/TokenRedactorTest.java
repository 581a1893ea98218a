package dev.zoommcp.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenRedactorTest {

    @Test
    void blanksHeaders() {
        assertThat(TokenRedactor.redact("Authorization: Bearer abc.def-123")).isEqualTo("Authorization: Bearer ***");
        assertThat(TokenRedactor.redact("headers={Authorization=[Basic Y2xpZW50OnNlY3JldA==], Accept=[*/*]}"))
                .isEqualTo("headers={Authorization=[Basic ***], Accept=[*/*]}");
        assertThat(TokenRedactor.redact("X-Zoom-Access-Token: tok123")).isEqualTo("X-Zoom-Access-Token: ***");
        assertThat(TokenRedactor.redact("Invalid access token. Bearer canary-123456 /v2")).isEqualTo(
                "Invalid access token. Bearer *** /v2");
    }

    @Test
    void blanksJsonAndFormFields() {
        assertThat(TokenRedactor.redact("{\"zoom_access_token\":\"t1\",\"meeting_id\":\"85746065432\"}"))
                .isEqualTo("{\"zoom_access_token\":\"***\",\"meeting_id\":\"85746065432\"}");
        assertThat(TokenRedactor.redact("{\\\"refresh_token\\\":\\\"r1\\\"}")).isEqualTo("{\\\"refresh_token\\\":\\\"***\\\"}");
        assertThat(TokenRedactor.redact("\"zoom_refresh_token\" : [ \"r1\" ]")).isEqualTo("\"zoom_refresh_token\" : [ \"***\" ]");
        assertThat(TokenRedactor.redact("grant_type=refresh_token&refresh_token=r1&x=1"))
                .isEqualTo("grant_type=refresh_token&refresh_token=***&x=1");
    }

    @Test
    void blanksJwtsAnywhere() {
        assertThat(TokenRedactor.redact("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl end"))
                .isEqualTo("token *** end");
    }

    @Test
    void blanksAuthorizationCodesVerifiersAndSealedValues() {
        assertThat(TokenRedactor.redact("GET /oauth/callback?code=zoom-code-1&state=s1"))
                .isEqualTo("GET /oauth/callback?code=***&state=s1");
        assertThat(TokenRedactor.redact("grant_type=authorization_code&code_verifier=abc123&client_id=c"))
                .isEqualTo("grant_type=authorization_code&code_verifier=***&client_id=c");
        assertThat(TokenRedactor.redact("sealed eyJraWQiOiIzZTc0In0..GeeDn3scsDgi__lX.smyHbT84wP4G.c2lnbmF0dXJl end"))
                .isEqualTo("sealed *** end");
        assertThat(TokenRedactor.redact("Zoom code 124: Invalid access token.")).isEqualTo("Zoom code 124: Invalid access token.");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        String text = "GET /v2/meetings/85746065432/recordings -> 200 in 12 ms";
        assertThat(TokenRedactor.redact(text)).isSameAs(text);
        assertThat(TokenRedactor.redact(null)).isNull();
    }
}
