package dev.zoommcp.security;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkiverse.mcp.server.runtime.ConnectionManager;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Caps the MCP sessions held in memory ({@code mcp.access.max-sessions}). A request that would open one — an SSE stream
 * ({@code GET /mcp/sse}) or a Streamable HTTP {@code POST /mcp} without {@code Mcp-Session-Id} — gets 503 with
 * {@code Retry-After} while the cap is reached; requests on open sessions are never refused. Sessions end when the
 * client closes them or after {@code quarkus.mcp.server.connection-idle-timeout}.
 */
@Singleton
public class SessionLimitFilter {

    /** After the host and authentication checks of {@link McpAccessFilter}. */
    private static final int PRIORITY = McpAccessFilter.PRIORITY - 10;
    private static final String RETRY_AFTER_SECONDS = "30";

    private final ConnectionManager sessions;
    private final AccessConfig config;
    private final String mcpPath;

    SessionLimitFilter(ConnectionManager sessions, AccessConfig config,
            @ConfigProperty(name = "quarkus.mcp.server.http.root-path", defaultValue = "/mcp") String mcpPath) {
        this.sessions = sessions;
        this.config = config;
        this.mcpPath = mcpPath;
    }

    void register(@Observes Filters filters) {
        filters.register(this::filter, PRIORITY);
    }

    private void filter(RoutingContext ctx) {
        if (opensSession(ctx) && openSessions() >= config.maxSessions()) {
            ctx.response().putHeader("Retry-After", RETRY_AFTER_SECONDS);
            McpAccessFilter.reject(ctx, 503, "Too many open MCP sessions (limit " + config.maxSessions()
                    + "): retry later; clients that are done should close their session (DELETE " + mcpPath + ")");
            return;
        }
        ctx.next();
    }

    private boolean opensSession(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        HttpMethod method = ctx.request().method();
        return (method == HttpMethod.GET && path.equals(mcpPath + "/sse"))
                || (method == HttpMethod.POST && path.equals(mcpPath) && ctx.request().getHeader("Mcp-Session-Id") == null);
    }

    private int openSessions() {
        int count = 0;
        for (var ignored : sessions) {
            count++;
        }
        return count;
    }
}
