package dev.zoommcp.oauth;

import static dev.zoommcp.oauth.OAuthResponses.json;
import static dev.zoommcp.oauth.OAuthResponses.oauthError;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import dev.zoommcp.security.AccessConfig;
import dev.zoommcp.security.McpEndpoint;
import dev.zoommcp.zoom.OAuthGateway;
import dev.zoommcp.zoom.ZoomConfig;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
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
 * <p>
 * This class publishes the routes, the metadata documents and registration, and reads the tokens on the MCP endpoints;
 * {@link AuthorizationEndpoint} leads the browser through consent and Zoom, {@link TokenEndpoint} issues the tokens.
 */
@Singleton
public class ZoomSignIn {

    static final String REGISTER = "/oauth/register";
    static final String AUTHORIZE = "/oauth/authorize";
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
    private static final int MAX_BODY_BYTES = 16 * 1024;

    private final SignInSettings settings;
    private final ClientRegistrations registrations;
    private final ClientMetadataDocuments documents;
    private final AuthorizationEndpoint authorization;
    private final TokenEndpoint tokens;
    private final Clock clock;

    ZoomSignIn(SignInConfig config, AccessConfig access, ZoomConfig zoomConfig, McpEndpoint endpoint, OAuthGateway zoom,
            Clock clock, @Location("consent.html") Template consentPage, Vertx vertx) {
        this.clock = clock;
        if (!config.zoomOauth()) {
            this.settings = null;
            this.registrations = null;
            this.documents = null;
            this.authorization = null;
            this.tokens = null;
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
        this.authorization = new AuthorizationEndpoint(settings, this::client, consentPage, clock);
        this.tokens = new TokenEndpoint(settings, zoom, clock);
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
        router.get(AUTHORIZE).handler(authorization::authorize);
        router.post(AuthorizationEndpoint.CONSENT).handler(BodyHandler.create().setBodyLimit(MAX_BODY_BYTES))
                .handler(authorization::consent);
        router.get(CALLBACK).handler(authorization::callback);
        router.post(TOKEN).handler(BodyHandler.create().setBodyLimit(MAX_BODY_BYTES)).handler(tokens::handle);
    }

    // --- Resource server -------------------------------------------------------------------------------------------

    /** The Zoom token sealed in a bearer access token this server issued for its MCP resource, if it still holds. */
    public Optional<String> zoomTokenOf(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return settings.sealer().unseal("access", authorization.substring(7).strip(), clock.instant())
                .filter(claims -> settings.resource().equals(Claims.string(claims, "res")))
                .map(claims -> Claims.string(claims, "zat"));
    }

    /** The {@code WWW-Authenticate} challenge of a 401 on the MCP endpoints (RFC 9728 §5.1, RFC 6750 §3). */
    public String challenge(boolean tokenPresented) {
        String metadata = settings.issuer() + RESOURCE_METADATA + settings.resource().substring(settings.issuer().length());
        return "Bearer resource_metadata=\"" + metadata + "\""
                + (tokenPresented ? ", error=\"invalid_token\", error_description=\"The access token is invalid or"
                        + " expired: refresh it or sign in again\"" : "");
    }

    private void resourceMetadata(RoutingContext ctx) {
        // RFC 9728 §3.3: the resource is the one whose well-known URL was asked for (/mcp, or /mcp/sse)
        String resource = ctx.normalizedPath().endsWith("/sse") ? settings.resource() + "/sse" : settings.resource();
        json(ctx, 200, new JsonObject().put("resource", resource)
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
}
