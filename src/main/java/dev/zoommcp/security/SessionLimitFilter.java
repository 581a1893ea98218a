package dev.zoommcp.security;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkiverse.mcp.server.runtime.ConnectionManager;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Caps the MCP sessions held in memory ({@code mcp.access.max-sessions}). A request that would open one — an SSE stream
 * ({@code GET /mcp/sse}) or a Streamable HTTP {@code POST /mcp} without a live {@code Mcp-Session-Id} — gets 503 with
 * {@code Retry-After} while the cap is reached (stateless calls too: the filter runs before the body is read); requests
 * on open sessions are never refused. Sessions end when the
 * client closes them or after {@code quarkus.mcp.server.connection-idle-timeout}.
 */
@Singleton
public class SessionLimitFilter {

    /** After the host and authentication checks of {@link McpAccessFilter}. */
    private static final int PRIORITY = McpAccessFilter.PRIORITY - 10;
    private static final String RETRY_AFTER_SECONDS = "30";

    private final ConnectionManager sessions;
    private final AccessConfig config;
    private final McpEndpoint endpoint;

    SessionLimitFilter(ConnectionManager sessions, AccessConfig config, McpEndpoint endpoint) {
        this.sessions = sessions;
        this.config = config;
        this.endpoint = endpoint;
    }

    void register(@Observes Filters filters) {
        filters.register(this::filter, PRIORITY);
    }

    private void filter(RoutingContext ctx) {
        if (opensSession(ctx) && openSessions() >= config.maxSessions()) {
            ctx.response().putHeader("Retry-After", RETRY_AFTER_SECONDS);
            McpAccessFilter.reject(ctx, 503, "Too many open MCP sessions (limit " + config.maxSessions()
                    + "): retry later; clients that are done should close their session (DELETE " + endpoint.path() + ")");
            return;
        }
        ctx.next();
    }

    /**
     * An SSE stream, or a Streamable HTTP POST without a live session (no {@code Mcp-Session-Id}, or an unknown one,
     * which auto-init turns into a new session). Paths are compared without a trailing slash.
     */
    private boolean opensSession(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        HttpMethod method = ctx.request().method();
        if (method == HttpMethod.GET) {
            return path.equals(endpoint.path() + "/sse") || path.equals(endpoint.path() + "/sse/");
        }
        if (method == HttpMethod.POST && endpoint.isStreamable(path)) {
            String sessionId = ctx.request().getHeader("Mcp-Session-Id");
            return sessionId == null || !sessions.has(sessionId);
        }
        return false;
    }

    private int openSessions() {
        int count = 0;
        for (var ignored : sessions) {
            count++;
        }
        return count;
    }
}
