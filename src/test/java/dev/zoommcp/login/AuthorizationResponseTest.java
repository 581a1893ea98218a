package dev.zoommcp.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the login command accepts as Zoom's answer, pasted or received: only this sign-in's, never echoing input. */
class AuthorizationResponseTest {

    static final String STATE = "state-4k2Jd9_Xv0aQm7Lw3ZpR8tYc1NbE6uHs5oGiFjDlKq";

    @Test
    void aWholeRedirectAddressOrJustItsQueryGivesTheCode() {
        for (String pasted : new String[] { "https://example.com/cb?code=abc.DEF-123&state=" + STATE,
                "  http://127.0.0.1:8739/callback?state=" + STATE + "&code=abc.DEF-123#fragment \n",
                "code=abc.DEF-123&state=" + STATE, "?code=abc.DEF-123&state=" + STATE }) {
            AuthorizationResponse response = AuthorizationResponse.parse(pasted, STATE);
            assertThat(response.accepted()).as(pasted).isTrue();
            assertThat(response.code()).isEqualTo("abc.DEF-123");
            assertThat(response.conclusive()).isTrue();
            assertThat(response.toString()).doesNotContain("abc.DEF-123");
        }
        assertThat(AuthorizationResponse.parse("code=a%2Bb%3D&state=" + STATE, STATE).code()).isEqualTo("a+b=");
    }

    @Test
    void anotherSignInsStateIsRefusedButDoesNotEndThisOne() {
        for (String pasted : new String[] { "code=abc&state=someone-elses-state", "code=abc&state=" + STATE + "x",
                "code=abc&state=" + STATE.substring(1), "code=abc", "code=abc&state=",
                "code=abc&state=" + STATE + "&state=other" }) {
            AuthorizationResponse response = AuthorizationResponse.parse(pasted, STATE);
            assertThat(response.accepted()).as(pasted).isFalse();
            assertThat(response.conclusive()).as(pasted).isFalse();
            assertThat(response.refusal()).doesNotContain("abc");
        }
    }

    @Test
    void zoomsRefusalEndsTheSignInAndShowsOnlyAWellFormedErrorCode() {
        AuthorizationResponse denied = AuthorizationResponse.parse("error=access_denied&state=" + STATE, STATE);
        assertThat(denied.accepted()).isFalse();
        assertThat(denied.conclusive()).isTrue();
        assertThat(denied.refusal()).contains("access_denied", "denied");

        AuthorizationResponse hostile = AuthorizationResponse.parse("error=%3Cscript%3Ealert(1)%3C%2Fscript%3E&state="
                + STATE, STATE);
        assertThat(hostile.conclusive()).isTrue();
        assertThat(hostile.refusal()).doesNotContain("<", "script").contains("unreadable");
    }

    @Test
    void malformedOrHostileInputIsRefusedWithoutEchoingIt() {
        String huge = "code=" + "x".repeat(AuthorizationResponse.MAX_LENGTH) + "&state=" + STATE;
        String[] inputs = { null, "", "   ", huge, "code=%ZZ&state=" + STATE, "code=%E2%80%AEevil&state=" + STATE,
                "code=with space&state=" + STATE, "code=line%0Abreak&state=" + STATE, "javascript:alert(1)",
                "code=" + "y".repeat(2049) + "&state=" + STATE };
        for (String input : inputs) {
            AuthorizationResponse response = AuthorizationResponse.parse(input, STATE);
            assertThat(response.accepted()).as(String.valueOf(input)).isFalse();
            assertThat(response.refusal()).isNotBlank().doesNotContain("evil", "alert", "xxxx", "yyyy");
        }
    }
}
