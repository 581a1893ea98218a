package dev.zoommcp.oauth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.nimbusds.jwt.JWTClaimsSet;

import dev.zoommcp.security.AccessConfig;
import dev.zoommcp.security.McpEndpoint;
import dev.zoommcp.zoom.OAuthGateway;
import dev.zoommcp.zoom.ZoomConfig;
import dev.zoommcp.zoom.ZoomException;
import dev.zoommcp.zoom.api.model.OAuthToken;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.mutiny.core.Vertx;

/**
 * "Sign in with Zoom" for MCP clients ({@code mcp.access.zoom-oauth=true}): this server becomes an OAuth 2.1
 * authorization server in front of Zoom's OAuth, following the MCP authorization spec, so that a client that knows only
 * the {@code /mcp} URL discovers it (RFC 9728, RFC 8414), registers (RFC 7591), sends its user through a consent page and
 * Zoom's sign-in, and gets tokens issued for this server (RFC 8707), with PKCE S256 on both legs.
 * <p>
 * Nothing is stored: client ids, the pending request, the authorization code and the tokens are sealed ({@link Sealer})
 * and carried by the client, so any replica serves any step. Zoom's tokens never leave the server in clear: the access
 * token handed out seals Zoom's (expiring a minute before it), the refresh token seals Zoom's refresh token, which Zoom
 * rotates, so each refresh hands out a new one and the old one fails with {@code invalid_grant}. Because one Zoom app
 * serves every client, each client needs the user's consent before the browser is sent to Zoom (MCP security best
 * practices, confused deputy); it is remembered per browser and client in a sealed {@code __Host-} cookie.
 */
@Singleton
public class ZoomSignIn {

    static final String REGISTER = "/oauth/register";
    static final String AUTHORIZE = "/oauth/authorize";
    static final String CONSENT = "/oauth/consent";
    static final String CALLBACK = "/oauth/callback";
    static final String TOKEN = "/oauth/token";
    static final String AUTHORIZATION_SERVER_METADATA = "/.well-known/oauth-authorization-server";
    static final String RESOURCE_METADATA = "/.well-known/oauth-protected-resource";
    /** Where {@link #zoomTokenOf} leaves the signed-in caller's Zoom token on the request, for the tools. */
    public static final String ZOOM_TOKEN = "zoom-recordings-mcp.signed-in-zoom-token";

    /** The Zoom scopes the tools need (granular scopes; classic apps use recording:read and meeting_summary:read). */
    static final List<String> ZOOM_SCOPES = List.of("cloud_recording:read:list_user_recordings",
            "cloud_recording:read:list_recording_files", "meeting:read:summary");
    private static final Duration CLIENT_LIFETIME = Duration.ofDays(365);
    private static final Duration REQUEST_LIFETIME = Duration.ofMinutes(10);
    private static final Duration CODE_LIFETIME = Duration.ofSeconds(60);
    private static final Duration REFRESH_LIFETIME = Duration.ofDays(90);
    private static final Duration CONSENT_MEMORY = Duration.ofDays(30);
    private static final Duration ZOOM_EXPIRY_MARGIN = Duration.ofSeconds(60);
    private static final String CSRF_COOKIE = "__Host-zmcp-csrf";
    private static final String CONSENT_COOKIE = "__Host-zmcp-consent";
    private static final int MAX_BODY_BYTES = 16 * 1024;
    private static final int MAX_REMEMBERED_CLIENTS = 20;

    private final SignInSettings settings;
    private final ClientRegistrations registrations;
    private final ClientMetadataDocuments documents;
    private final OAuthGateway zoom;
    private final Clock clock;
    private final Template consentPage;

    ZoomSignIn(SignInConfig config, AccessConfig access, ZoomConfig zoomConfig, McpEndpoint endpoint, OAuthGateway zoom,
            Clock clock, @Location("consent.html") Template consentPage, Vertx vertx) {
        this.zoom = zoom;
        this.clock = clock;
        this.consentPage = consentPage;
        if (!config.zoomOauth()) {
            this.settings = null;
            this.registrations = null;
            this.documents = null;
            return;
        }
        if (access.oidc() || access.apiKeys().map(keys -> keys.stream().anyMatch(k -> !k.isBlank())).orElse(false)) {
            throw new IllegalStateException("Choose one inbound authentication mode: mcp.access.zoom-oauth=true,"
                    + " mcp.access.oidc=true or mcp.access.api-keys, not two (all read the Authorization header)");
        }
        this.settings = SignInSettings.of(config.publicUrl().orElse(null), endpoint.path(), zoomConfig.oauthUrl(),
                config.zoomOauthClientId().orElse(null), config.zoomOauthClientSecret().orElse(null),
                config.tokenKeys().orElse(null));
        this.registrations = new ClientRegistrations(settings.sealer(), CLIENT_LIFETIME);
        this.documents = new ClientMetadataDocuments(vertx, config.clientMetadataPrivateHosts().orElse(List.of()));
    }

    /** Whether the sign-in proxy is on. */
    public boolean enabled() {
        return settings != null;
    }

    void routes(@Observes Router router) {
        if (!enabled()) {
            return;
        }
        router.get(AUTHORIZATION_SERVER_METADATA).handler(this::authorizationServerMetadata);
        router.get(RESOURCE_METADATA).handler(this::resourceMetadata);
        router.get(RESOURCE_METADATA + "/*").handler(this::resourceMetadata);
        router.post(REGISTER).handler(BodyHandler.create().setBodyLimit(MAX_BODY_BYTES)).handler(this::register);
        router.get(AUTHORIZE).handler(this::authorize);
        router.post(CONSENT).handler(BodyHandler.create().setBodyLimit(MAX_BODY_BYTES)).handler(this::consent);
        router.get(CALLBACK).handler(this::callback);
        router.post(TOKEN).handler(BodyHandler.create().setBodyLimit(MAX_BODY_BYTES)).handler(this::token);
    }

    // --- Resource server -------------------------------------------------------------------------------------------

    /** The Zoom token sealed in a bearer access token this server issued for its MCP resource, if it still holds. */
    public Optional<String> zoomTokenOf(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return settings.sealer().unseal("access", authorization.substring(7).strip(), clock.instant())
                .filter(claims -> settings.resource().equals(string(claims, "res")))
                .map(claims -> string(claims, "zat"));
    }

    /** The {@code WWW-Authenticate} challenge of a 401 on the MCP endpoints (RFC 9728 §5.1, RFC 6750 §3). */
    public String challenge(boolean tokenPresented) {
        String metadata = settings.issuer() + RESOURCE_METADATA + settings.resource().substring(settings.issuer().length());
        return "Bearer resource_metadata=\"" + metadata + "\""
                + (tokenPresented ? ", error=\"invalid_token\", error_description=\"The access token is invalid or"
                        + " expired: refresh it or sign in again\"" : "");
    }

    private void resourceMetadata(RoutingContext ctx) {
        json(ctx, 200, new JsonObject().put("resource", settings.resource())
                .put("authorization_servers", new JsonArray().add(settings.issuer()))
                .put("scopes_supported", new JsonArray(ZOOM_SCOPES))
                .put("bearer_methods_supported", new JsonArray().add("header"))
                .put("resource_name", "Zoom cloud recordings"));
    }

    // --- Authorization server --------------------------------------------------------------------------------------

    private void authorizationServerMetadata(RoutingContext ctx) {
        String issuer = settings.issuer();
        json(ctx, 200, new JsonObject().put("issuer", issuer)
                .put("authorization_endpoint", issuer + AUTHORIZE)
                .put("token_endpoint", issuer + TOKEN)
                .put("registration_endpoint", issuer + REGISTER)
                .put("response_types_supported", new JsonArray().add("code"))
                .put("grant_types_supported", new JsonArray().add("authorization_code").add("refresh_token"))
                .put("code_challenge_methods_supported", new JsonArray().add("S256"))
                .put("token_endpoint_auth_methods_supported", new JsonArray().add("none"))
                .put("scopes_supported", new JsonArray(ZOOM_SCOPES))
                .put("client_id_metadata_document_supported", true)
                .put("authorization_response_iss_parameter_supported", true));
    }

    private void register(RoutingContext ctx) {
        JsonObject metadata;
        try {
            metadata = ctx.body().asJsonObject();
        } catch (RuntimeException notJson) {
            metadata = null;
        }
        if (metadata == null) {
            oauthError(ctx, 400, "invalid_client_metadata", "the body must be a JSON object of client metadata");
            return;
        }
        try {
            Instant now = clock.instant();
            json(ctx, 201, registrations.response(registrations.register(metadata, now), now));
        } catch (ClientRegistrations.Refused refused) {
            oauthError(ctx, 400, refused.error(), refused.getMessage());
        }
    }

    /** The client a client_id designates: a metadata document's URL, or a registration this server sealed. */
    private Uni<Optional<ClientRegistrations.Client>> client(String clientId) {
        return ClientMetadataDocuments.isDocumentUrl(clientId) ? documents.find(clientId)
                : Uni.createFrom().item(registrations.find(clientId, clock.instant()));
    }

    private void authorize(RoutingContext ctx) {
        client(ctx.queryParams().get("client_id")).subscribe().with(client -> authorize(ctx, client),
                failure -> page(ctx, 500, "The sign-in failed unexpectedly; start it again."));
    }

    private void authorize(RoutingContext ctx, Optional<ClientRegistrations.Client> client) {
        MultiMap params = ctx.queryParams();
        if (client.isEmpty()) {
            page(ctx, 400, "Unknown client: the application must register again (its client_id is not one this server"
                    + " issued, or it expired), or its client metadata document could not be fetched from a public"
                    + " https address or is not valid.");
            return;
        }
        String redirect = params.get("redirect_uri");
        if (redirect == null && client.get().redirectUris().size() == 1) {
            redirect = client.get().redirectUris().get(0);
        }
        if (redirect == null || !client.get().allowsRedirect(redirect)) {
            page(ctx, 400, "The redirect_uri does not match the ones the application registered.");
            return;
        }
        String state = params.get("state");
        if (!"code".equals(params.get("response_type"))) {
            redirectError(ctx, redirect, state, "unsupported_response_type", "response_type must be code");
            return;
        }
        if (!"S256".equals(params.get("code_challenge_method")) || !Pkce.isS256Challenge(params.get("code_challenge"))) {
            redirectError(ctx, redirect, state, "invalid_request", "PKCE is required: code_challenge with"
                    + " code_challenge_method=S256");
            return;
        }
        String resource = params.get("resource");
        if (resource != null && !settings.resource().equals(resource)) {
            redirectError(ctx, redirect, state, "invalid_target", "resource must be " + settings.resource());
            return;
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("cid", client.get().clientId());
        request.put("ru", redirect);
        request.put("cc", params.get("code_challenge"));
        if (state != null) {
            request.put("st", state);
        }
        if (consented(ctx, client.get().clientId())) {
            toZoom(ctx, request);
            return;
        }
        String csrf = Pkce.newVerifier();
        Instant now = clock.instant();
        String consentToken = settings.sealer().seal("consent", Map.of("req", request, "csrf", csrf),
                now.plus(REQUEST_LIFETIME));
        ctx.response().addCookie(hostCookie(CSRF_COOKIE, csrf, REQUEST_LIFETIME));
        securePage(ctx).setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .end(consentPage.data("clientName", client.get().name()).data("redirectHost", hostOf(redirect))
                        .data("consentPath", CONSENT).data("consentToken", consentToken).render());
    }

    private void consent(RoutingContext ctx) {
        Instant now = clock.instant();
        Optional<JWTClaimsSet> consent = settings.sealer().unseal("consent", ctx.request().getFormAttribute("consent"),
                now);
        Cookie csrf = ctx.request().getCookie(CSRF_COOKIE);
        if (consent.isEmpty() || csrf == null || !constantTimeEquals(csrf.getValue(), string(consent.get(), "csrf"))) {
            page(ctx, 403, "This consent form expired or did not come from this browser's sign-in: start the sign-in"
                    + " again from the application.");
            return;
        }
        Map<String, Object> request = requestOf(consent.get());
        if (!(request.get("ru") instanceof String) || !(request.get("cid") instanceof String)) {
            page(ctx, 400, "This consent form is damaged: start the sign-in again from the application.");
            return;
        }
        String redirect = (String) request.get("ru");
        String state = (String) request.get("st");
        ctx.response().addCookie(hostCookie(CSRF_COOKIE, "", Duration.ZERO));
        if (!"allow".equals(ctx.request().getFormAttribute("decision"))) {
            redirectError(ctx, redirect, state, "access_denied", "the user denied access");
            return;
        }
        remember(ctx, (String) request.get("cid"));
        toZoom(ctx, request);
    }

    /** Sends the browser to Zoom's sign-in with this server's callback, its own PKCE and the sealed request as state. */
    private void toZoom(RoutingContext ctx, Map<String, Object> request) {
        String verifier = Pkce.newVerifier();
        Map<String, Object> state = new LinkedHashMap<>(request);
        state.put("zv", verifier);
        String sealed = settings.sealer().seal("state", state, clock.instant().plus(REQUEST_LIFETIME));
        redirect(ctx, settings.zoomAuthorize() + "?response_type=code&client_id=" + encode(settings.app().clientId())
                + "&redirect_uri=" + encode(settings.callback()) + "&state=" + encode(sealed) + "&code_challenge="
                + Pkce.challengeOf(verifier) + "&code_challenge_method=S256");
    }

    private void callback(RoutingContext ctx) {
        Instant now = clock.instant();
        Optional<JWTClaimsSet> state = settings.sealer().unseal("state", ctx.queryParams().get("state"), now);
        if (state.isEmpty()) {
            page(ctx, 400, "This sign-in expired or was not started here: start it again from the application.");
            return;
        }
        Map<String, Object> request = state.get().getClaims();
        String redirect = string(state.get(), "ru");
        String clientState = string(state.get(), "st");
        String zoomCode = ctx.queryParams().get("code");
        if (zoomCode == null || zoomCode.isBlank()) {
            redirectError(ctx, redirect, clientState, "access_denied", "Zoom sign-in was not completed");
            return;
        }
        Map<String, Object> code = new LinkedHashMap<>();
        for (String claim : new String[] { "cid", "ru", "cc", "zv" }) {
            code.put(claim, request.get(claim));
        }
        code.put("zc", zoomCode);
        String sealed = settings.sealer().seal("code", code, now.plus(CODE_LIFETIME));
        redirect(ctx, redirect + (redirect.contains("?") ? "&" : "?") + "code=" + encode(sealed)
                + (clientState == null ? "" : "&state=" + encode(clientState)) + "&iss=" + encode(settings.issuer()));
    }

    private void token(RoutingContext ctx) {
        MultiMap form = ctx.request().formAttributes();
        String grant = form.get("grant_type");
        String resource = form.get("resource");
        if (resource != null && !settings.resource().equals(resource)) {
            oauthError(ctx, 400, "invalid_target", "resource must be " + settings.resource());
            return;
        }
        Instant now = clock.instant();
        if ("authorization_code".equals(grant)) {
            Optional<JWTClaimsSet> code = settings.sealer().unseal("code", form.get("code"), now);
            if (code.isEmpty() || !string(code.get(), "cid").equals(form.get("client_id"))
                    || !string(code.get(), "ru").equals(form.get("redirect_uri"))) {
                oauthError(ctx, 400, "invalid_grant", "the code is invalid, expired, or was issued to another client"
                        + " or redirect_uri");
                return;
            }
            if (!Pkce.verifies(form.get("code_verifier"), string(code.get(), "cc"))) {
                oauthError(ctx, 400, "invalid_grant", "code_verifier does not match the code_challenge");
                return;
            }
            String clientId = string(code.get(), "cid");
            zoom.redeemCode(settings.app(), string(code.get(), "zc"), settings.callback(), string(code.get(), "zv"))
                    .subscribe().with(token -> issue(ctx, token, clientId), failure -> zoomFailed(ctx, failure));
        } else if ("refresh_token".equals(grant)) {
            Optional<JWTClaimsSet> refresh = settings.sealer().unseal("refresh", form.get("refresh_token"), now);
            if (refresh.isEmpty() || !string(refresh.get(), "cid").equals(form.get("client_id"))
                    || !settings.resource().equals(string(refresh.get(), "res"))) {
                oauthError(ctx, 400, "invalid_grant", "the refresh token is invalid, expired, or was issued to another"
                        + " client");
                return;
            }
            String clientId = string(refresh.get(), "cid");
            zoom.refresh(settings.app(), string(refresh.get(), "zrt"))
                    .subscribe().with(token -> issue(ctx, token, clientId), failure -> zoomFailed(ctx, failure));
        } else {
            oauthError(ctx, 400, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token");
        }
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

    private void zoomFailed(RoutingContext ctx, Throwable failure) {
        if (failure instanceof ZoomException zoomError && zoomError.isInvalidGrant()) {
            oauthError(ctx, 400, "invalid_grant", "Zoom refused the grant: the code was already used or the refresh"
                    + " token was rotated or revoked; sign in again");
        } else if (failure instanceof ZoomException zoomError && zoomError.isInvalidClient()) {
            oauthError(ctx, 500, "server_error", "this server's Zoom app credentials were refused by Zoom");
        } else {
            oauthError(ctx, 503, "temporarily_unavailable", "Zoom did not answer; try again shortly");
        }
    }

    // --- Consent memory ---------------------------------------------------------------------------------------------

    private boolean consented(RoutingContext ctx, String clientId) {
        return rememberedClients(ctx).contains(digest(clientId));
    }

    private void remember(RoutingContext ctx, String clientId) {
        List<String> clients = new ArrayList<>(rememberedClients(ctx));
        clients.remove(digest(clientId));
        clients.add(0, digest(clientId));
        List<String> kept = clients.subList(0, Math.min(MAX_REMEMBERED_CLIENTS, clients.size()));
        String sealed = settings.sealer().seal("consented", Map.of("clients", kept),
                clock.instant().plus(CONSENT_MEMORY));
        ctx.response().addCookie(hostCookie(CONSENT_COOKIE, sealed, CONSENT_MEMORY));
    }

    private List<String> rememberedClients(RoutingContext ctx) {
        Cookie cookie = ctx.request().getCookie(CONSENT_COOKIE);
        if (cookie == null) {
            return List.of();
        }
        return settings.sealer().unseal("consented", cookie.getValue(), clock.instant()).map(claims -> {
            try {
                List<String> clients = claims.getStringListClaim("clients");
                return clients == null ? List.<String> of() : clients;
            } catch (ParseException malformed) {
                return List.<String> of();
            }
        }).orElse(List.of());
    }

    // --- Helpers ------------------------------------------------------------------------------------------------------

    private static Map<String, Object> requestOf(JWTClaimsSet consent) {
        try {
            Map<String, Object> request = consent.getJSONObjectClaim("req");
            return request == null ? Map.of() : request;
        } catch (ParseException malformed) {
            return Map.of();
        }
    }

    private static String string(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String text ? text : "";
    }

    private static Cookie hostCookie(String name, String value, Duration maxAge) {
        return Cookie.cookie(name, value).setPath("/").setSecure(true).setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX).setMaxAge(maxAge.toSeconds());
    }

    private static io.vertx.core.http.HttpServerResponse securePage(RoutingContext ctx) {
        return ctx.response().putHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline';"
                + " frame-ancestors 'none'; base-uri 'none'").putHeader("X-Frame-Options", "DENY")
                .putHeader("Cache-Control", "no-store").putHeader("Referrer-Policy", "no-referrer");
    }

    private static void page(RoutingContext ctx, int status, String message) {
        securePage(ctx).setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                .end(message);
    }

    private static void redirect(RoutingContext ctx, String location) {
        ctx.response().putHeader("Cache-Control", "no-store").putHeader(HttpHeaders.LOCATION, location)
                .setStatusCode(302).end();
    }

    private void redirectError(RoutingContext ctx, String redirectUri, String state, String error, String description) {
        redirect(ctx, redirectUri + (redirectUri.contains("?") ? "&" : "?") + "error=" + error + "&error_description="
                + encode(description) + (state == null ? "" : "&state=" + encode(state)) + "&iss="
                + encode(settings.issuer()));
    }

    private static void json(RoutingContext ctx, int status, JsonObject body) {
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader("Cache-Control", "no-store").end(body.encode());
    }

    private static void oauthError(RoutingContext ctx, int status, String error, String description) {
        json(ctx, status, new JsonObject().put("error", error).put("error_description", description));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String hostOf(String uri) {
        try {
            java.net.URI parsed = java.net.URI.create(uri);
            return parsed.getHost() != null ? parsed.getHost() : parsed.getScheme() + ":";
        } catch (IllegalArgumentException e) {
            return uri;
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8));
    }

    private static String digest(String clientId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(clientId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
