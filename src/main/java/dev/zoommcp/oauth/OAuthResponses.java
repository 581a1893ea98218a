package dev.zoommcp.oauth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The answers of the sign-in endpoints: JSON documents and OAuth errors (RFC 6749 §5.2), redirects back to a client
 * with an error (§4.1.2.1, with RFC 9207's {@code iss}), and pages for the user's browser that cannot be framed, cached
 * or leak a referrer. None is ever built from a secret.
 */
final class OAuthResponses {

    private OAuthResponses() {
    }

    static void json(RoutingContext ctx, int status, JsonObject body) {
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader("Cache-Control", "no-store").end(body.encode());
    }

    static void oauthError(RoutingContext ctx, int status, String error, String description) {
        json(ctx, status, new JsonObject().put("error", error).put("error_description", description));
    }

    /** A response for the browser: no framing, no caching, no referrer, nothing loaded from elsewhere. */
    static HttpServerResponse securePage(RoutingContext ctx) {
        return ctx.response().putHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline';"
                + " frame-ancestors 'none'; base-uri 'none'").putHeader("X-Frame-Options", "DENY")
                .putHeader("Cache-Control", "no-store").putHeader("Referrer-Policy", "no-referrer");
    }

    /** A plain-text page for the user, where the request cannot safely go back to the client. */
    static void page(RoutingContext ctx, int status, String message) {
        securePage(ctx).setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                .end(message);
    }

    static void redirect(RoutingContext ctx, String location) {
        ctx.response().putHeader("Cache-Control", "no-store").putHeader(HttpHeaders.LOCATION, location)
                .setStatusCode(302).end();
    }

    /** Back to the client's (already checked) redirect URI with an error, its state and this issuer. */
    static void redirectError(RoutingContext ctx, String redirectUri, String state, String issuer, String error,
            String description) {
        redirect(ctx, redirectUri + (redirectUri.contains("?") ? "&" : "?") + "error=" + error + "&error_description="
                + encode(description) + (state == null ? "" : "&state=" + encode(state)) + "&iss=" + encode(issuer));
    }

    /** The first parameter given more than once, which RFC 6749 §3.1 forbids; null when none is. */
    static String repeatedParameter(MultiMap parameters) {
        for (String name : parameters.names()) {
            if (parameters.getAll(name).size() > 1) {
                return name.length() > 40 || !name.chars().allMatch(c -> c == '_' || Character.isLetterOrDigit(c))
                        ? "a parameter" : name;
            }
        }
        return null;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
