package dev.zoommcp.zoom;

/**
 * Removes known secret values (the tokens and client secret of the current call) from text that may be shown to an
 * agent or logged: Zoom's error messages may echo what they were sent.
 */
public final class Secrets {

    /** Shorter values are not scrubbed: they would mangle ordinary words and cannot be real tokens. */
    private static final int MIN_SECRET_LENGTH = 6;

    private Secrets() {
    }

    public static String scrub(String text, String... secrets) {
        String result = text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= MIN_SECRET_LENGTH) {
                result = result.replace(secret, "***");
            }
        }
        return result;
    }
}
