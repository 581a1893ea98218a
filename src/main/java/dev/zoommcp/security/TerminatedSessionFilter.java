package dev.zoommcp.security;

import java.time.Duration;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkiverse.mcp.server.runtime.ConnectionManager;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers 404 to Streamable HTTP requests that carry a session id its client ended with {@code DELETE /mcp}, as the MCP
 * transport spec requires ("after which it MUST respond to requests containing that session ID with HTTP 404"), so the
 * client knows to initialize a new session. Without it, auto-init (which lets any replica answer any session) would
 * quietly serve the ended session again.
 * <p>
 * Only sessions ended on this replica by their client are remembered, for {@link #MEMORY}; a session that merely idled
 * out is still served by auto-init (a desktop client that kept a session open over lunch keeps working), and so is a
 * session another replica ended. The memory is bounded: ten times {@code mcp.access.max-sessions} ids, the oldest
 * forgotten first.
 */
@Singleton
public class TerminatedSessionFilter {

    /** After the host, authentication and sign-in checks; before {@link SessionLimitFilter}, which would count the id. */
    static final int PRIORITY = McpAccessFilter.PRIORITY - 8;
    static final Duration MEMORY = Duration.ofHours(1);
    static final int REMEMBERED_PER_SESSION_ALLOWED = 10;
    private static final String SESSION_HEADER = "Mcp-Session-Id";

    private final ConnectionManager sessions;
    private final McpEndpoint endpoint;
    private final Cache<String, Boolean> terminated;

    TerminatedSessionFilter(ConnectionManager sessions, McpEndpoint endpoint, AccessConfig config) {
        this.sessions = sessions;
        this.endpoint = endpoint;
        this.terminated = Caffeine.newBuilder().expireAfterWrite(MEMORY)
                .maximumSize((long) REMEMBERED_PER_SESSION_ALLOWED * config.maxSessions()).build();
    }

    void register(@Observes Filters filters) {
        filters.register(this::filter, PRIORITY);
    }

    private void filter(RoutingContext ctx) {
        String sessionId = ctx.request().getHeader(SESSION_HEADER);
        if (sessionId == null || !endpoint.isStreamable(ctx.normalizedPath())) {
            ctx.next();
            return;
        }
        if (terminated.getIfPresent(sessionId) != null && !sessions.has(sessionId)) {
            McpAccessFilter.reject(ctx, 404, "This MCP session was ended: initialize a new session (send initialize"
                    + " without an Mcp-Session-Id header)");
            return;
        }
        if (ctx.request().method() == HttpMethod.DELETE && sessions.has(sessionId)) {
            ctx.addHeadersEndHandler(ended -> {
                if (ctx.response().getStatusCode() / 100 == 2) {
                    terminated.put(sessionId, Boolean.TRUE);
                }
            });
        }
        ctx.next();
    }

    /** How many ended session ids are remembered now (for the bound's test). */
    long remembered() {
        terminated.cleanUp();
        return terminated.estimatedSize();
    }
}
