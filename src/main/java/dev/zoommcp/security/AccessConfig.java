package dev.zoommcp.security;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * Who may reach the MCP endpoints ({@code /mcp}, {@code /mcp/sse}, {@code /mcp/messages}). Browser origins are
 * governed by {@code quarkus.http.cors.origins}: Quarkus's CORS filter answers 403 to a request whose {@code Origin} is
 * not listed, on every path and in every bind mode (DNS-rebinding protection), and lets requests without an
 * {@code Origin} (non-browser clients) through.
 */
@ConfigMapping(prefix = "mcp.access")
public interface AccessConfig {

    /**
     * API keys that callers must send as {@code Authorization: Bearer <key>} (from a Kubernetes Secret, e.g.
     * {@code MCP_ACCESS_API_KEYS}). Unset: no inbound authentication (dev mode, or a private network).
     */
    Optional<List<String>> apiKeys();
}
