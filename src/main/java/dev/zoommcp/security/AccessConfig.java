package dev.zoommcp.security;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who may reach the MCP endpoints ({@code /mcp}, {@code /mcp/sse}, {@code /mcp/messages}). Browser origins are
 * governed by {@code quarkus.http.cors.origins}: Quarkus's CORS filter answers 403 to a request whose {@code Origin} is
 * not listed, on every path and in every bind mode (DNS-rebinding protection), and lets requests without an
 * {@code Origin} (non-browser clients) through.
 */
@ConfigMapping(prefix = "mcp.access")
public interface AccessConfig {

    /**
     * Host names the MCP endpoints answer to (the {@code Host} header, port ignored). A request for any other host gets
     * 403: with the Origin check this defeats DNS rebinding, where a hostile page's own domain resolves to this server.
     * {@code *.example.com} accepts sub-domains (e.g. {@code *.svc.cluster.local} for in-cluster names); {@code *}
     * accepts every host (e.g. behind an ingress that already fixes the host). Health and metrics are not
     * affected (probes use the pod address).
     */
    @WithDefault("localhost,127.0.0.1,[::1]")
    List<String> allowedHosts();

    /**
     * API keys that callers must send as {@code Authorization: Bearer <key>} (from a Kubernetes Secret, e.g.
     * {@code MCP_ACCESS_API_KEYS}). Unset: no inbound authentication (dev mode, or a private network).
     */
    Optional<List<String>> apiKeys();

    /**
     * Whether MCP requests need an OIDC bearer token, validated by {@code quarkus-oidc} against
     * {@code quarkus.oidc.auth-server-url} with the audience {@code quarkus.oidc.token.audience} (which must then be
     * set). Exclusive with {@link #apiKeys()}: both read the {@code Authorization} header.
     */
    @WithDefault("false")
    boolean oidc();

    /**
     * Most MCP sessions (Streamable HTTP sessions and SSE streams) held at once; a request that would open another gets
     * 503 with {@code Retry-After}. Each session costs a little memory until it is closed or idles out.
     */
    @WithDefault("1000")
    int maxSessions();
}
