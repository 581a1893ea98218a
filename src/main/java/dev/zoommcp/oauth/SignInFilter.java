package dev.zoommcp.oauth;

import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import dev.zoommcp.security.McpEndpoint;
import io.quarkiverse.mcp.server.JsonRpcErrorCodes;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The resource-server side of the sign-in proxy: with {@code mcp.access.zoom-oauth=true}, a request to the MCP endpoints
 * ({@code /mcp}, {@code /mcp/sse}, {@code /mcp/messages}) needs an access token this server issued for its MCP URL;
 * otherwise 401 with {@code WWW-Authenticate: Bearer resource_metadata=...} (and {@code error="invalid_token"} when a
 * token was presented), from which MCP clients start their sign-in. The Zoom token inside a valid one is left on the
 * request for the tools; a {@code zoom_access_token} argument or {@code X-Zoom-Access-Token} header still wins. Runs after
 * the host check of the access filter. Health, metrics and the OAuth endpoints are not covered.
 */
@Singleton
public class SignInFilter {

    /** Just after {@code McpAccessFilter} (2000) and before {@code SessionLimitFilter} (1990): refused callers hold no session slot. */
    static final int PRIORITY = 1995;

    private final ZoomSignIn signIn;
    private final McpEndpoint endpoint;

    SignInFilter(ZoomSignIn signIn, McpEndpoint endpoint) {
        this.signIn = signIn;
        this.endpoint = endpoint;
    }

    void register(@Observes Filters filters) {
        if (signIn.enabled()) {
            filters.register(this::filter, PRIORITY);
        }
    }

    private void filter(RoutingContext ctx) {
        if (!endpoint.covers(ctx.normalizedPath()) || ctx.response().ended()) {
            ctx.next();
            return;
        }
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        Optional<String> zoomToken = signIn.zoomTokenOf(authorization);
        if (zoomToken.isEmpty()) {
            JsonObject error = new JsonObject().put("jsonrpc", "2.0").putNull("id").put("error", new JsonObject()
                    .put("code", JsonRpcErrorCodes.SECURITY_ERROR).put("message", authorization == null
                            ? "Sign in with Zoom: this server needs an access token it issued (see WWW-Authenticate)"
                            : "The access token is invalid or expired: refresh it or sign in again"));
            // error="invalid_token" only for a bearer token that was refused, not for a missing one (RFC 6750 §3.1)
            boolean bearerPresented = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                    && !authorization.substring(7).isBlank();
            ctx.response().setStatusCode(401).putHeader("WWW-Authenticate", signIn.challenge(bearerPresented))
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(error.encode());
            return;
        }
        ctx.put(ZoomSignIn.ZOOM_TOKEN, zoomToken.get());
        ctx.next();
    }
}
