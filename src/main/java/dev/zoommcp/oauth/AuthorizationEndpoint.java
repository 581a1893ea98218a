package dev.zoommcp.oauth;

import static dev.zoommcp.oauth.OAuthResponses.encode;
import static dev.zoommcp.oauth.OAuthResponses.page;
import static dev.zoommcp.oauth.OAuthResponses.redirect;
import static dev.zoommcp.oauth.OAuthResponses.securePage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.nimbusds.jwt.JWTClaimsSet;

import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * The browser's path through a sign-in: the authorization request ({@code GET /oauth/authorize}: a known client, one
 * of its redirect URIs, PKCE S256, this server as the RFC 8707 resource), the consent page for a client this browser
 * has not allowed yet ({@code POST /oauth/consent}, CSRF-checked), Zoom's sign-in with this server's callback, its own
 * PKCE and the client's request sealed into the state, and the callback ({@code GET /oauth/callback}) that hands the
 * client a sealed, 60-second code wrapping Zoom's. Nothing is kept between the steps but what the sealed values carry.
 */
final class AuthorizationEndpoint {

    static final String CONSENT = "/oauth/consent";
    private static final Duration REQUEST_LIFETIME = Duration.ofMinutes(10);
    private static final Duration CODE_LIFETIME = Duration.ofSeconds(60);

    private final SignInSettings settings;
    private final Function<String, Uni<Optional<ClientRegistrations.Client>>> clients;
    private final ConsentMemory consents;
    private final Template consentPage;
    private final Clock clock;

    AuthorizationEndpoint(SignInSettings settings, Function<String, Uni<Optional<ClientRegistrations.Client>>> clients,
            Template consentPage, Clock clock) {
        this.settings = settings;
        this.clients = clients;
        this.consents = new ConsentMemory(settings.sealer(), clock);
        this.consentPage = consentPage;
        this.clock = clock;
    }

    void authorize(RoutingContext ctx) {
        String repeated = OAuthResponses.repeatedParameter(ctx.queryParams());
        if (repeated != null) {
            page(ctx, 400, "invalid_request: " + repeated + " is given more than once (RFC 6749 §3.1); start the sign-in"
                    + " again from the application.");
            return;
        }
        clients.apply(ctx.queryParams().get("client_id")).subscribe().with(client -> authorize(ctx, client),
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
        if (resource != null && !settings.accepts(resource)) {
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
        if (consents.consented(ctx, client.get().clientId())) {
            toZoom(ctx, request);
            return;
        }
        String csrf = Pkce.newVerifier();
        String consentToken = settings.sealer().seal("consent", Map.of("req", request, "csrf", csrf),
                clock.instant().plus(REQUEST_LIFETIME));
        consents.issueCsrf(ctx, csrf, REQUEST_LIFETIME);
        securePage(ctx).setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .end(consentPage.data("clientName", client.get().name()).data("redirectUri", redirect)
                        .data("scopes", ZoomSignIn.ZOOM_SCOPES).data("consentPath", CONSENT)
                        .data("consentToken", consentToken).render());
    }

    void consent(RoutingContext ctx) {
        Optional<JWTClaimsSet> consent = settings.sealer().unseal("consent", ctx.request().getFormAttribute("consent"),
                clock.instant());
        if (consent.isEmpty() || !consents.csrfMatches(ctx, Claims.string(consent.get(), "csrf"))) {
            page(ctx, 403, "This consent form expired or did not come from this browser's sign-in: start the sign-in"
                    + " again from the application.");
            return;
        }
        Map<String, Object> request = Claims.object(consent.get(), "req");
        if (!(request.get("ru") instanceof String redirect) || !(request.get("cid") instanceof String clientId)) {
            page(ctx, 400, "This consent form is damaged: start the sign-in again from the application.");
            return;
        }
        if (!"allow".equals(ctx.request().getFormAttribute("decision"))) {
            redirectError(ctx, redirect, (String) request.get("st"), "access_denied", "the user denied access");
            return;
        }
        consents.remember(ctx, clientId);
        toZoom(ctx, request);
    }

    /**
     * Sends the browser to Zoom's sign-in with this server's callback, its own PKCE and the sealed request as state,
     * bound to this browser by a cookie.
     */
    private void toZoom(RoutingContext ctx, Map<String, Object> request) {
        String verifier = Pkce.newVerifier();
        Map<String, Object> state = new LinkedHashMap<>(request);
        state.put("zv", verifier);
        String[] binding = consents.bindSignIn(ctx, REQUEST_LIFETIME);
        state.put("bid", binding[0]);
        state.put("bsc", binding[1]);
        String sealed = settings.sealer().seal("state", state, clock.instant().plus(REQUEST_LIFETIME));
        redirect(ctx, settings.zoomAuthorize() + "?response_type=code&client_id=" + encode(settings.app().clientId())
                + "&redirect_uri=" + encode(settings.callback()) + "&state=" + encode(sealed) + "&code_challenge="
                + Pkce.challengeOf(verifier) + "&code_challenge_method=S256");
    }

    void callback(RoutingContext ctx) {
        Instant now = clock.instant();
        Optional<JWTClaimsSet> state = settings.sealer().unseal("state", ctx.queryParams().get("state"), now);
        if (state.isEmpty()) {
            page(ctx, 400, "This sign-in expired or was not started here: start it again from the application.");
            return;
        }
        if (!consents.signInBound(ctx, Claims.string(state.get(), "bid"), Claims.string(state.get(), "bsc"))) {
            page(ctx, 400, "This sign-in was not started in this browser, or it was already completed: start it again"
                    + " from the application, in this browser.");
            return;
        }
        Map<String, Object> request = state.get().getClaims();
        String redirect = Claims.string(state.get(), "ru");
        String clientState = state.get().getClaim("st") instanceof String given ? given : null;
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

    private void redirectError(RoutingContext ctx, String redirectUri, String state, String error, String description) {
        OAuthResponses.redirectError(ctx, redirectUri, state, settings.issuer(), error, description);
    }
}
