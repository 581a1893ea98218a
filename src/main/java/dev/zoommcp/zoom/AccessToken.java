package dev.zoommcp.zoom;

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

    /** The raw value, for scrubbing it out of text that might echo it. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "AccessToken[***]";
    }
}
