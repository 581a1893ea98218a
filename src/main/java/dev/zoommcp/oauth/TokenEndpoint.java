package dev.zoommcp.oauth;

import static dev.zoommcp.oauth.OAuthResponses.json;
import static dev.zoommcp.oauth.OAuthResponses.oauthError;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jwt.JWTClaimsSet;

import dev.zoommcp.zoom.OAuthGateway;
import dev.zoommcp.zoom.ZoomException;
import dev.zoommcp.zoom.api.model.OAuthToken;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The token endpoint ({@code POST /oauth/token}, RFC 6749 §3.2) for public clients: the authorization code grant, whose
 * sealed code must come back from the client it was issued to, with the same redirect URI and the PKCE verifier of its
 * challenge, and is then redeemed at Zoom with this server's own verifier; and the refresh token grant, which redeems
 * the sealed Zoom refresh token (Zoom rotates it, so a rotated-out one fails with {@code invalid_grant}). Either way the
 * client receives this server's own sealed pair around Zoom's, bound to this server's MCP resource (RFC 8707).
 */
final class TokenEndpoint {

    private static final Duration REFRESH_LIFETIME = Duration.ofDays(90);
    private static final Duration ZOOM_EXPIRY_MARGIN = Duration.ofSeconds(60);

    private final SignInSettings settings;
    private final OAuthGateway zoom;
    private final Clock clock;

    TokenEndpoint(SignInSettings settings, OAuthGateway zoom, Clock clock) {
        this.settings = settings;
        this.zoom = zoom;
        this.clock = clock;
    }

    void handle(RoutingContext ctx) {
        MultiMap form = ctx.request().formAttributes();
        String repeated = OAuthResponses.repeatedParameter(form);
        if (repeated != null) {
            oauthError(ctx, 400, "invalid_request", repeated + " is given more than once");
            return;
        }
        String grant = form.get("grant_type");
        String resource = form.get("resource");
        if (resource != null && !settings.accepts(resource)) {
            oauthError(ctx, 400, "invalid_target", "resource must be " + settings.resource());
            return;
        }
        if ("authorization_code".equals(grant)) {
            redeemCode(ctx, form);
        } else if ("refresh_token".equals(grant)) {
            refresh(ctx, form);
        } else {
            oauthError(ctx, 400, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token");
        }
    }

    private void redeemCode(RoutingContext ctx, MultiMap form) {
        Optional<JWTClaimsSet> code = settings.sealer().unseal("code", form.get("code"), clock.instant());
        if (code.isEmpty() || !Claims.string(code.get(), "cid").equals(form.get("client_id"))
                || !Claims.string(code.get(), "ru").equals(form.get("redirect_uri"))) {
            oauthError(ctx, 400, "invalid_grant", "the code is invalid, expired, or was issued to another client"
                    + " or redirect_uri");
            return;
        }
        if (!Pkce.verifies(form.get("code_verifier"), Claims.string(code.get(), "cc"))) {
            oauthError(ctx, 400, "invalid_grant", "code_verifier does not match the code_challenge");
            return;
        }
        String clientId = Claims.string(code.get(), "cid");
        zoom.redeemCode(settings.app(), Claims.string(code.get(), "zc"), settings.callback(),
                Claims.string(code.get(), "zv"))
                .subscribe().with(token -> issue(ctx, token, clientId), failure -> zoomFailed(ctx, failure));
    }

    private void refresh(RoutingContext ctx, MultiMap form) {
        Optional<JWTClaimsSet> refresh = settings.sealer().unseal("refresh", form.get("refresh_token"),
                clock.instant());
        if (refresh.isEmpty() || !Claims.string(refresh.get(), "cid").equals(form.get("client_id"))
                || !settings.resource().equals(Claims.string(refresh.get(), "res"))) {
            oauthError(ctx, 400, "invalid_grant", "the refresh token is invalid, expired, or was issued to another"
                    + " client");
            return;
        }
        String clientId = Claims.string(refresh.get(), "cid");
        zoom.refresh(settings.app(), Claims.string(refresh.get(), "zrt"))
                .subscribe().with(token -> issue(ctx, token, clientId), failure -> zoomFailed(ctx, failure));
    }

    /** This server's own token pair around Zoom's (RFC 6749 §5.1). */
    private void issue(RoutingContext ctx, OAuthToken zoomToken, String clientId) {
        Instant now = clock.instant();
        long zoomSeconds = zoomToken.expiresIn() == null ? 3600 : zoomToken.expiresIn();
        long seconds = Math.max(30, zoomSeconds - ZOOM_EXPIRY_MARGIN.toSeconds());
        String access = settings.sealer().seal("access", Map.of("zat", zoomToken.accessToken(), "cid", clientId,
                "res", settings.resource()), now.plusSeconds(seconds));
        JsonObject body = new JsonObject().put("access_token", access).put("token_type", "Bearer")
                .put("expires_in", seconds);
        if (zoomToken.refreshToken() != null) {
            body.put("refresh_token", settings.sealer().seal("refresh", Map.of("zrt", zoomToken.refreshToken(),
                    "cid", clientId, "res", settings.resource()), now.plus(REFRESH_LIFETIME)));
        }
        if (zoomToken.scope() != null) {
            body.put("scope", zoomToken.scope());
        }
        json(ctx, 200, body);
    }

    private static void zoomFailed(RoutingContext ctx, Throwable failure) {
        if (failure instanceof ZoomException zoomError && zoomError.isInvalidGrant()) {
            oauthError(ctx, 400, "invalid_grant", "Zoom refused the grant: the code was already used or the refresh"
                    + " token was rotated or revoked; sign in again");
        } else if (failure instanceof ZoomException zoomError && zoomError.isInvalidClient()) {
            oauthError(ctx, 500, "server_error", "this server's Zoom app credentials were refused by Zoom");
        } else {
            oauthError(ctx, 503, "temporarily_unavailable", "Zoom did not answer; try again shortly");
        }
    }
}
