package dev.zoommcp.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.netty.handler.codec.http.QueryStringDecoder;

/**
 * What the browser brought back from Zoom's sign-in (RFC 6749 §4.1.2): a redirect URL, or its query, pasted or
 * received on the loopback listener. Accepted only with the {@code state} this sign-in sent, compared in constant time;
 * everything else is refused with a reason safe to show (never the code, never the input).
 *
 * @param code the authorization code, when accepted
 * @param refusal why not, when refused
 * @param conclusive whether the answer ends this sign-in: a code, or Zoom's refusal; a stray or mistyped input does not
 */
record AuthorizationResponse(String code, String refusal, boolean conclusive) {

    /** More than a browser's address bar would hold is not a redirect from Zoom. */
    static final int MAX_LENGTH = 8 * 1024;
    private static final Pattern CODE = Pattern.compile("[\\x21-\\x7E]{1,2048}");
    private static final Pattern ERROR_CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    /** The authorization code, if the response carries one for this sign-in. */
    boolean accepted() {
        return code != null;
    }

    /**
     * @param redirect the URL the browser was sent to, or just its query ({@code code=…&state=…})
     * @param expectedState the state this sign-in sent to Zoom
     */
    static AuthorizationResponse parse(String redirect, String expectedState) {
        if (redirect == null || redirect.isBlank()) {
            return refused("nothing was given", false);
        }
        String text = redirect.strip();
        if (text.length() > MAX_LENGTH) {
            return refused("that is far longer than an address Zoom redirects to", false);
        }
        int query = text.indexOf('?');
        String parameters = query >= 0 ? text.substring(query + 1) : text;
        int fragment = parameters.indexOf('#');
        if (fragment >= 0) {
            parameters = parameters.substring(0, fragment);
        }
        Map<String, List<String>> values;
        try {
            values = new QueryStringDecoder(parameters, StandardCharsets.UTF_8, false).parameters();
        } catch (IllegalArgumentException malformed) {
            return refused("that address is not well formed", false);
        }
        String state = single(values, "state");
        if (state == null) {
            return refused("that address has no state parameter: paste the whole address the browser shows after"
                    + " signing in", false);
        }
        if (!MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
                expectedState.getBytes(StandardCharsets.UTF_8))) {
            return refused("that address belongs to another sign-in (its state does not match this one)", false);
        }
        String error = single(values, "error");
        if (error != null) {
            String shown = ERROR_CODE.matcher(error).matches() ? error : "an unreadable error";
            return refused("Zoom did not sign you in (" + shown + ("access_denied".equals(error)
                    ? ": access was denied" : "") + ")", true);
        }
        String code = single(values, "code");
        if (code == null || !CODE.matcher(code).matches()) {
            return refused("that address carries no usable authorization code", false);
        }
        return new AuthorizationResponse(code, null, true);
    }

    /** The one value of a parameter, or null when it is absent, empty or repeated (a repeated one is ambiguous). */
    private static String single(Map<String, List<String>> values, String name) {
        List<String> all = values.get(name);
        return all == null || all.size() != 1 || all.get(0).isEmpty() ? null : all.get(0);
    }

    private static AuthorizationResponse refused(String reason, boolean conclusive) {
        return new AuthorizationResponse(null, reason, conclusive);
    }

    @Override
    public String toString() {
        return "AuthorizationResponse[" + (code != null ? "code=***" : "refused: " + refusal) + "]";
    }
}
