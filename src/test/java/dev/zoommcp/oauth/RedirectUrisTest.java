package dev.zoommcp.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedirectUrisTest {

    @Test
    void clientsRedirectUrisAreAccepted() {
        for (String uri : new String[] { "https://claude.ai/api/mcp/auth_callback", "http://127.0.0.1:33418/callback",
                "http://localhost:6274/oauth/callback", "http://[::1]:8080/cb", "https://vscode.dev/redirect",
                "cursor://anysphere.cursor-retrieval/oauth/user-zoom/callback", "com.example.app:/oauth2redirect" }) {
            assertThat(RedirectUris.refusal(uri)).as(uri).isEmpty();
        }
    }

    @Test
    void hostileRedirectUrisAreRefused() {
        for (String uri : new String[] { "javascript:alert(1)", "data:text/html,<script>x</script>", "file:///etc/passwd",
                "http://evil.example/cb", "https://claude.ai/cb#fragment", "https://user:pw@claude.ai/cb", "/relative/cb",
                "https:///no-host", "", " ", "vbscript:msgbox", "https://claude.ai/" + "x".repeat(2001), "ht tp://x" }) {
            assertThat(RedirectUris.refusal(uri)).as(uri).isPresent();
        }
        assertThat(RedirectUris.refusal(null)).isPresent();
    }

    @Test
    void matchingIsExactExceptForTheLoopbackPort() {
        assertThat(RedirectUris.matches("https://claude.ai/api/mcp/auth_callback", "https://claude.ai/api/mcp/auth_callback"))
                .isTrue();
        assertThat(RedirectUris.matches("https://claude.ai/api/mcp/auth_callback", "https://claude.ai/api/mcp/auth_callback/"))
                .isFalse();
        assertThat(RedirectUris.matches("https://claude.ai/cb", "https://claude.ai/cb?x=1")).isFalse();
        assertThat(RedirectUris.matches("https://claude.ai:443/cb", "https://claude.ai:8443/cb")).isFalse();
        assertThat(RedirectUris.matches("http://127.0.0.1:33418/callback", "http://127.0.0.1:51000/callback")).isTrue();
        assertThat(RedirectUris.matches("http://127.0.0.1/callback", "http://127.0.0.1:51000/callback")).isTrue();
        assertThat(RedirectUris.matches("http://127.0.0.1:33418/callback", "http://127.0.0.1:51000/other")).isFalse();
        assertThat(RedirectUris.matches("http://127.0.0.1:33418/callback", "http://localhost:33418/callback")).isFalse();
        assertThat(RedirectUris.matches("http://127.0.0.1:33418/callback", "http://evil.example:33418/callback")).isFalse();
        assertThat(RedirectUris.matches("http://127.0.0.1:1/cb", "http://user@127.0.0.1:2/cb")).isFalse();
        assertThat(RedirectUris.matches("http://127.0.0.1:1/cb", "http://127.0.0.1:2/cb#x")).isFalse();
        assertThat(RedirectUris.matches(null, "https://claude.ai/cb")).isFalse();
    }
}
