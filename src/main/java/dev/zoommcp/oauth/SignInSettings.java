package dev.zoommcp.oauth;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import dev.zoommcp.zoom.ClientCredentials;

/**
 * The validated settings of the sign-in proxy: this server's public URL and the URLs derived from it, the Zoom app it
 * signs people in with, and the sealing keys. Built once at start-up; a setting that is missing or unsafe stops the
 * server with a message that names it (never its value).
 */
record SignInSettings(String issuer, String resource, String callback, String zoomAuthorize, ClientCredentials app,
        Sealer sealer) {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    /**
     * Whether a client's RFC 8707 {@code resource} names this server's MCP endpoint: {@code /mcp}, or {@code /mcp/sse}
     * as its own protected-resource metadata says; tokens are bound to {@link #resource()} either way.
     */
    boolean accepts(String requestedResource) {
        return resource.equals(requestedResource) || (resource + "/sse").equals(requestedResource);
    }

    static SignInSettings of(String publicUrl, String mcpPath, String zoomOAuthUrl, String clientId, String clientSecret,
            String tokenKeys) {
        if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalStateException("mcp.access.zoom-oauth=true needs MCP_ACCESS_ZOOM_OAUTH_CLIENT_ID and"
                    + " MCP_ACCESS_ZOOM_OAUTH_CLIENT_SECRET: the Zoom General app people sign in with");
        }
        String base = publicBase(publicUrl);
        Sealer sealer;
        try {
            sealer = Sealer.ofKeys(tokenKeys);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("MCP_ACCESS_TOKEN_KEYS: " + e.getMessage());
        }
        String zoom = zoomOAuthUrl.endsWith("/") ? zoomOAuthUrl.substring(0, zoomOAuthUrl.length() - 1) : zoomOAuthUrl;
        return new SignInSettings(base, base + mcpPath, base + ZoomSignIn.CALLBACK, zoom + "/oauth/authorize",
                new ClientCredentials(clientId.strip(), clientSecret.strip()), sealer);
    }

    /** The public URL without a trailing slash: https, or http only on a loopback host; no query or fragment. */
    private static String publicBase(String publicUrl) {
        if (publicUrl == null || publicUrl.isBlank()) {
            throw new IllegalStateException("mcp.access.zoom-oauth=true needs MCP_ACCESS_PUBLIC_URL, the https URL"
                    + " clients use to reach this server (e.g. https://zoom-mcp.example.com)");
        }
        URI uri;
        try {
            uri = URI.create(publicUrl.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("MCP_ACCESS_PUBLIC_URL is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean loopback = uri.getHost() != null && LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT));
        if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                || !(scheme.equals("https") || scheme.equals("http") && loopback)) {
            throw new IllegalStateException("MCP_ACCESS_PUBLIC_URL must be an https URL without query or fragment"
                    + " (plain http only for localhost)");
        }
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
