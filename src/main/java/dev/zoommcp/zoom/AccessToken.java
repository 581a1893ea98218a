package dev.zoommcp.zoom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A caller's Zoom OAuth access token. It only leaves this object as an {@code Authorization} header value;
 * {@link #toString()} redacts it so it cannot slip into a log line or a message.
 */
public final class AccessToken {

    private final String value;

    private AccessToken(String value) {
        this.value = value;
    }

    public static AccessToken of(String value) {
        return new AccessToken(value);
    }

    public String bearerHeader() {
        return "Bearer " + value;
    }

    /**
     * A SHA-256 of the token, hex: identifies a caller (per-caller circuit breakers, listing snapshots) without
     * keeping the token itself.
     */
    public String fingerprint() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** The raw value, for scrubbing it out of text that might echo it. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "AccessToken[***]";
    }
}
