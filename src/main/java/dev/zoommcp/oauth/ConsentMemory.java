package dev.zoommcp.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * The browser's side of consent: which clients this browser's user allowed (a sealed {@code __Host-} cookie holding
 * digests of their client ids, most recent first, for {@link #REMEMBERED}), the CSRF cookie that ties a consent
 * form to the browser it was shown to, and the cookie that ties a sign-in sent to Zoom to the browser that consented.
 */
final class ConsentMemory {

    static final Duration REMEMBERED = Duration.ofDays(30);
    private static final String CSRF_COOKIE = "__Host-zmcp-csrf";
    private static final String CONSENT_COOKIE = "__Host-zmcp-consent";
    private static final String SIGN_IN_COOKIE = "__Host-zmcp-signin-";
    private static final int MAX_REMEMBERED_CLIENTS = 20;

    private final Sealer sealer;
    private final Clock clock;

    ConsentMemory(Sealer sealer, Clock clock) {
        this.sealer = sealer;
        this.clock = clock;
    }

    boolean consented(RoutingContext ctx, String clientId) {
        return rememberedClients(ctx).contains(digest(clientId));
    }

    void remember(RoutingContext ctx, String clientId) {
        List<String> clients = new ArrayList<>(rememberedClients(ctx));
        clients.remove(digest(clientId));
        clients.add(0, digest(clientId));
        List<String> kept = clients.subList(0, Math.min(MAX_REMEMBERED_CLIENTS, clients.size()));
        String sealed = sealer.seal("consented", Map.of("clients", kept), clock.instant().plus(REMEMBERED));
        ctx.response().addCookie(hostCookie(CONSENT_COOKIE, sealed, REMEMBERED));
    }

    /** Sets the CSRF cookie of a consent form shown now. */
    void issueCsrf(RoutingContext ctx, String csrf, Duration lifetime) {
        ctx.response().addCookie(hostCookie(CSRF_COOKIE, csrf, lifetime));
    }

    /**
     * Binds a sign-in on its way to Zoom to this browser: a cookie holding a fresh secret, named for the sign-in so
     * that several may run at once. The secret goes into the sealed state; {@link #signInBound} checks it on return.
     *
     * @return the sign-in's id and secret, to seal into the state
     */
    String[] bindSignIn(RoutingContext ctx, Duration lifetime) {
        String id = Pkce.newVerifier().substring(0, 12);
        String secret = Pkce.newVerifier();
        ctx.response().addCookie(hostCookie(SIGN_IN_COOKIE + id, secret, lifetime));
        return new String[] { id, secret };
    }

    /**
     * Whether this browser started the sign-in that Zoom sent back (MCP security best practices, state validation): a
     * callback opened in another browser, e.g. from a link an attacker sent after consenting in theirs, is refused.
     * The cookie is cleared, so the sign-in returns once.
     */
    boolean signInBound(RoutingContext ctx, String id, String secret) {
        if (id == null || id.isEmpty() || !id.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
            return false;
        }
        Cookie cookie = ctx.request().getCookie(SIGN_IN_COOKIE + id);
        boolean bound = cookie != null && constantTimeEquals(cookie.getValue(), secret);
        if (bound) {
            ctx.response().addCookie(hostCookie(SIGN_IN_COOKIE + id, "", Duration.ZERO));
        }
        return bound;
    }

    /** Whether the posted form's CSRF value is this browser's; the cookie is cleared either way. */
    boolean csrfMatches(RoutingContext ctx, String expected) {
        Cookie csrf = ctx.request().getCookie(CSRF_COOKIE);
        boolean matches = csrf != null && constantTimeEquals(csrf.getValue(), expected);
        if (matches) {
            ctx.response().addCookie(hostCookie(CSRF_COOKIE, "", Duration.ZERO));
        }
        return matches;
    }

    private List<String> rememberedClients(RoutingContext ctx) {
        Cookie cookie = ctx.request().getCookie(CONSENT_COOKIE);
        if (cookie == null) {
            return List.of();
        }
        return sealer.unseal("consented", cookie.getValue(), clock.instant()).map(claims -> {
            try {
                List<String> clients = claims.getStringListClaim("clients");
                return clients == null ? List.<String> of() : clients;
            } catch (ParseException malformed) {
                return List.<String> of();
            }
        }).orElse(List.of());
    }

    private static Cookie hostCookie(String name, String value, Duration maxAge) {
        return Cookie.cookie(name, value).setPath("/").setSecure(true).setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX).setMaxAge(maxAge.toSeconds());
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
