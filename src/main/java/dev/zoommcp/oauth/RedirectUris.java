package dev.zoommcp.oauth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which redirect URIs a client may register, and when a requested one matches a registered one (OAuth 2.1 §2.3.1 and
 * §7.5.1, RFC 8252 §7): exactly, character for character, except that a loopback redirect (http on 127.0.0.1, [::1] or
 * localhost, as native clients such as Claude Code or VS Code use) may use any port, since a desktop client picks a free
 * port at each sign-in.
 */
public final class RedirectUris {

    private static final int MAX_CHARS = 2000;
    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "[::1]", "localhost");
    /** Schemes that would run or read something in the browser instead of handing the code to an app. */
    private static final Set<String> FORBIDDEN_SCHEMES = Set.of("javascript", "data", "file", "vbscript", "about",
            "blob", "filesystem", "ftp", "ws", "wss");

    private RedirectUris() {
    }

    /**
     * Why a redirect URI cannot be registered, or empty when it can: an absolute URI without fragment, https; http only
     * on a loopback host; or an app's private-use scheme (RFC 8252 §7.1) such as {@code com.example.app:/callback} or
     * {@code cursor://...}.
     */
    public static Optional<String> refusal(String uri) {
        if (uri == null || uri.isBlank() || uri.length() > MAX_CHARS) {
            return Optional.of("a redirect URI must be an absolute URI of at most " + MAX_CHARS + " characters");
        }
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException e) {
            return Optional.of("a redirect URI is not a valid URI");
        }
        String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
        if (!parsed.isAbsolute() || scheme.isEmpty()) {
            return Optional.of("a redirect URI must be absolute");
        }
        if (parsed.getRawFragment() != null || uri.contains("#")) {
            return Optional.of("a redirect URI must not have a fragment");
        }
        if (parsed.getRawUserInfo() != null) {
            return Optional.of("a redirect URI must not carry user information");
        }
        if (scheme.equals("https")) {
            return parsed.getHost() == null ? Optional.of("an https redirect URI needs a host") : Optional.empty();
        }
        if (scheme.equals("http")) {
            return isLoopback(parsed) ? Optional.empty()
                    : Optional.of("an http redirect URI is allowed only on a loopback host (127.0.0.1, [::1], localhost)");
        }
        if (FORBIDDEN_SCHEMES.contains(scheme) || !scheme.matches("[a-z][a-z0-9+.-]*")) {
            return Optional.of("the redirect URI scheme " + scheme + " is not allowed");
        }
        return Optional.empty();
    }

    /** Whether a requested redirect URI matches a registered one. */
    public static boolean matches(String registered, String requested) {
        if (registered == null || requested == null) {
            return false;
        }
        if (registered.equals(requested)) {
            return true;
        }
        try {
            URI a = new URI(registered);
            URI b = new URI(requested);
            return "http".equalsIgnoreCase(a.getScheme()) && "http".equalsIgnoreCase(b.getScheme()) && isLoopback(a)
                    && isLoopback(b) && a.getHost().equalsIgnoreCase(b.getHost())
                    && same(a.getRawPath(), b.getRawPath()) && same(a.getRawQuery(), b.getRawQuery())
                    && a.getRawUserInfo() == null && b.getRawUserInfo() == null && b.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isLoopback(URI uri) {
        return uri.getHost() != null && LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT));
    }

    /** Equal, an absent part counting as empty. */
    private static boolean same(String a, String b) {
        return (a == null ? "" : a).equals(b == null ? "" : b);
    }
}
