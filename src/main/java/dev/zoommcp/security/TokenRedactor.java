package dev.zoommcp.security;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks token-shaped values in text: {@code Authorization} and {@code X-Zoom-Access-Token} header values, anything
 * after "Bearer" or "Basic" (an echoed header), JSON fields and form or query fields named like tokens, secrets or
 * authorization codes, JWTs and JWEs (the sign-in's sealed values). The last line of defence for log lines: nothing in this
 * server logs a secret, but a library's debug or traffic logging might.
 */
public final class TokenRedactor {

    private static final String MASK = "***";
    private static final String SECRET_NAMES = "zoom_access_token|zoom_refresh_token|zoom_client_secret|access_token"
            + "|refresh_token|client_secret|id_token|api_key|password|code|code_verifier";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?i)(authorization[\"']?\\s*[:=]\\s*\\[?[\"']?\\s*(?:bearer|basic)\\s+)[^\\s\"',;\\]]+"),
            Pattern.compile("(?i)(\\b(?:bearer|basic)\\s+)[A-Za-z0-9._~+/=-]{6,}"),
            Pattern.compile("(?i)(x-zoom-access-token[\"']?\\s*[:=]\\s*\\[?[\"']?\\s*)[^\\s\"',;\\]]+"),
            Pattern.compile("(?i)(\\\\?\"(?:" + SECRET_NAMES + ")\\\\?\"\\s*:\\s*(?:\\[\\s*)?\\\\?\")[^\"\\\\]+"),
            Pattern.compile("(?i)(\\b(?:" + SECRET_NAMES + ")=)[^&\\s\"']+"),
            Pattern.compile("()eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}"
                    + "\\.[A-Za-z0-9_-]{4,}"),
            Pattern.compile("()eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}"));

    private TokenRedactor() {
    }

    /** The text with every token-shaped value replaced by {@value #MASK}; the same instance when nothing matched. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (Pattern pattern : PATTERNS) {
            Matcher matcher = pattern.matcher(result);
            if (matcher.find()) {
                result = matcher.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
            }
        }
        return result;
    }
}
