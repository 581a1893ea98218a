package dev.zoommcp.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkiverse.mcp.server.JsonRpcErrorCodes;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Optional inbound authentication of the MCP endpoints: when API keys are configured ({@code mcp.access.api-keys}), a
 * request to an MCP path without a valid {@code Authorization: Bearer <key>} gets 401 with {@code WWW-Authenticate}
 * before the MCP layer sees it. Health and metrics stay open for the platform. Keys are compared in constant time and
 * never logged. (Origins are checked by the CORS filter, see {@link AccessConfig}.)
 */
@Singleton
public class McpAccessFilter {

    /** Runs before the MCP routes and the CORS filter. */
    private static final int PRIORITY = 2000;

    private final List<byte[]> apiKeys;
    private final String mcpPath;

    McpAccessFilter(AccessConfig config,
            @ConfigProperty(name = "quarkus.mcp.server.http.root-path", defaultValue = "/mcp") String mcpPath) {
        this.apiKeys = config.apiKeys().orElse(List.of()).stream().map(String::strip).filter(k -> !k.isEmpty())
                .map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
        this.mcpPath = mcpPath;
    }

    void register(@Observes Filters filters) {
        if (!apiKeys.isEmpty()) {
            filters.register(this::filter, PRIORITY);
        }
    }

    private void filter(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (!path.equals(mcpPath) && !path.startsWith(mcpPath + "/")) {
            ctx.next();
            return;
        }
        if (!hasValidKey(ctx.request().getHeader(HttpHeaders.AUTHORIZATION))) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"zoom-recordings-mcp\"");
            JsonObject error = new JsonObject().put("jsonrpc", "2.0").putNull("id").put("error", new JsonObject()
                    .put("code", JsonRpcErrorCodes.SECURITY_ERROR)
                    .put("message", "Missing or invalid API key: send Authorization: Bearer <key>"));
            ctx.response().setStatusCode(401).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(error.encode());
            return;
        }
        ctx.next();
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
