package dev.zoommcp.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.zoommcp.net.HostPatterns;
import io.quarkiverse.mcp.server.JsonRpcErrorCodes;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;

/**
 * Guards the MCP endpoints before the MCP layer sees a request: a {@code Host} not in {@code mcp.access.allowed-hosts}
 * gets 403 (DNS rebinding: the CORS filter treats a rebound page's Origin as same-origin, so the host must be checked
 * too), and when API keys are configured ({@code mcp.access.api-keys}) a request without a valid
 * {@code Authorization: Bearer <key>} gets 401 with {@code WWW-Authenticate}. Health and metrics stay open for the
 * platform. Keys are compared in constant time and never logged. (Origins are checked by the CORS filter, see
 * {@link AccessConfig}; OIDC bearer tokens, the other authentication mode, by {@code quarkus-oidc} through the HTTP
 * permission in {@code application.properties}.)
 */
@Singleton
public class McpAccessFilter {

    /** Runs before the MCP routes and the CORS filter. */
    static final int PRIORITY = 2000;

    private final List<byte[]> apiKeys;
    private final List<String> allowedHosts;
    private final McpEndpoint endpoint;

    McpAccessFilter(AccessConfig config, McpEndpoint endpoint,
            @ConfigProperty(name = "quarkus.oidc.token.audience") Optional<List<String>> oidcAudience) {
        this.apiKeys = config.apiKeys().orElse(List.of()).stream().map(String::strip).filter(k -> !k.isEmpty())
                .map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
        if (config.oidc() && !apiKeys.isEmpty()) {
            throw new IllegalStateException("Choose one inbound authentication mode: mcp.access.oidc=true or "
                    + "mcp.access.api-keys, not both (both read the Authorization header)");
        }
        List<String> audience = oidcAudience.orElse(List.of());
        if (config.oidc() && (audience.isEmpty() || audience.stream().anyMatch(a -> a.strip().equalsIgnoreCase("any")))) {
            throw new IllegalStateException("mcp.access.oidc=true needs quarkus.oidc.token.audience "
                    + "(QUARKUS_OIDC_TOKEN_AUDIENCE) set to this server's audience (not \"any\"): otherwise a token "
                    + "issued for any other service would pass");
        }
        this.allowedHosts = config.allowedHosts().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        this.endpoint = endpoint;
    }

    void register(@Observes Filters filters) {
        filters.register(this::filter, PRIORITY);
    }

    private void filter(RoutingContext ctx) {
        if (!endpoint.covers(ctx.normalizedPath())) {
            ctx.next();
            return;
        }
        if (!isAllowedHost(ctx.request().authority())) {
            reject(ctx, 403, "Host not allowed: add it to mcp.access.allowed-hosts");
            return;
        }
        if (!apiKeys.isEmpty() && !hasValidKey(ctx.request().getHeader(HttpHeaders.AUTHORIZATION))) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"zoom-recordings-mcp\"");
            reject(ctx, 401, "Missing or invalid API key: send Authorization: Bearer <key>");
            return;
        }
        ctx.next();
    }

    /** The request's host (HTTP/1.1 {@code Host} or HTTP/2 {@code :authority}), port ignored. */
    private boolean isAllowedHost(HostAndPort authority) {
        if (allowedHosts.contains("*")) {
            return true;
        }
        if (authority == null) {
            return false;
        }
        String host = authority.host();
        return HostPatterns.matches(host, allowedHosts) || HostPatterns.matches("[" + host + "]", allowedHosts);
    }

    /** Ends the request with {@code status} and a JSON-RPC error naming the fix. */
    static void reject(RoutingContext ctx, int status, String message) {
        JsonObject error = new JsonObject().put("jsonrpc", "2.0").putNull("id").put("error",
                new JsonObject().put("code", JsonRpcErrorCodes.SECURITY_ERROR).put("message", message));
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(error.encode());
    }

    private boolean hasValidKey(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] presented = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        boolean valid = false;
        for (byte[] key : apiKeys) {
            valid |= MessageDigest.isEqual(key, presented);
        }
        return valid;
    }
}
