package dev.zoommcp.zoom;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Removes known secret values (the tokens and client secret of the current call) from text that may be shown to an
 * agent or logged: Zoom's error messages may echo what they were sent.
 */
public final class Secrets {

    /** Shorter values are not scrubbed: they would mangle ordinary words and cannot be real tokens. */
    private static final int MIN_SECRET_LENGTH = 6;

    private Secrets() {
    }

    /** The text without any of the secrets, as written or URL-encoded (as an echoed form body would show them). */
    public static String scrub(String text, String... secrets) {
        String result = text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= MIN_SECRET_LENGTH) {
                result = result.replace(secret, "***")
                        .replace(URLEncoder.encode(secret, StandardCharsets.UTF_8), "***");
            }
        }
        return result;
    }
}
