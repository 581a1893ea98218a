package dev.zoommcp.oauth;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The settings of "Sign in with Zoom" (environment variables {@code MCP_ACCESS_ZOOM_OAUTH}, ...), beside the other
 * inbound access settings under {@code mcp.access}. Secrets (the app's client secret, the token keys) come from a
 * Kubernetes Secret; they are never logged or echoed.
 */
@ConfigMapping(prefix = "mcp.access")
public interface SignInConfig {

    /**
     * Whether people sign in with Zoom: the server is then its own OAuth authorization server in front of Zoom's, MCP
     * clients register and sign their user in by themselves, and MCP requests need a token this server issued.
     * Exclusive with {@code mcp.access.api-keys} and {@code mcp.access.oidc}.
     */
    @WithDefault("false")
    boolean zoomOauth();

    /** Client ID of the Zoom General app (user-level OAuth) whose redirect URL is {@code <public URL>/oauth/callback}. */
    Optional<String> zoomOauthClientId();

    /** Client secret of that Zoom app. */
    Optional<String> zoomOauthClientSecret();

    /** The URL clients reach this server at, e.g. {@code https://zoom-mcp.example.com}: https, or http on loopback. */
    Optional<String> publicUrl();

    /**
     * 256-bit keys, base64, comma-separated: the first seals what the sign-in hands out (client ids, codes, tokens),
     * every one unseals, so a key is rotated by putting a new one first.
     */
    Optional<String> tokenKeys();

    /**
     * {@code host:port} pairs whose client metadata documents may be fetched although their address is private, and
     * over plain http: a test's fake client only. Empty in production, where documents come from public https URLs.
     */
    Optional<List<String>> clientMetadataPrivateHosts();
}
