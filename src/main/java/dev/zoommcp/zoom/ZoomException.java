package dev.zoommcp.zoom;

import java.time.Duration;
import java.util.Optional;

/**
 * A failed exchange with Zoom, described by what Zoom said: the HTTP status ({@code 0} when no response arrived), Zoom's
 * error code (numeric API codes such as {@code 124} or {@code 3301}, or OAuth errors such as {@code invalid_grant}) and
 * Zoom's message. Subclasses say which failures are the caller's to fix and which are transient.
 * <p>
 * Messages never contain request headers, tokens, query strings or bodies other than Zoom's own error message.
 */
public class ZoomException extends RuntimeException {

    private final int status;
    private final String zoomCode;
    private final String zoomMessage;

    public ZoomException(int status, String zoomCode, String zoomMessage) {
        super(describe(status, zoomCode, zoomMessage), null, false, false);
        this.status = status;
        this.zoomCode = zoomCode;
        this.zoomMessage = zoomMessage;
    }

    /** HTTP status of Zoom's answer, or {@code 0} when there was none (connection failure, timeout). */
    public int status() {
        return status;
    }

    /** Zoom's error code, when its body carried one. */
    public Optional<String> zoomCode() {
        return Optional.ofNullable(zoomCode);
    }

    /** Zoom's error message (or our description of a transport failure), when known. */
    public Optional<String> zoomMessage() {
        return Optional.ofNullable(zoomMessage);
    }

    /** Whether trying the same request again may succeed. */
    public boolean isTransient() {
        return false;
    }

    private static String describe(int status, String code, String message) {
        StringBuilder sb = new StringBuilder(status == 0 ? "no HTTP response" : "HTTP " + status);
        if (code != null) {
            sb.append(code.chars().allMatch(Character::isDigit) ? ", Zoom code " : ", Zoom error ").append(code);
        }
        if (message != null) {
            sb.append(": ").append(message);
        }
        return sb.toString();
    }

    /** 4xx: the request was refused; repeating it unchanged will not help (except after a rate-limit wait). */
    public static class ClientError extends ZoomException {
        public ClientError(int status, String zoomCode, String zoomMessage) {
            super(status, zoomCode, zoomMessage);
        }
    }

    /** 429: Zoom's per-account rate limit. Retried only when Zoom asks for a short wait. */
    public static final class RateLimited extends ClientError {
        private final Duration retryAfter;
        private final boolean dailyLimit;

        public RateLimited(String zoomCode, String zoomMessage, Duration retryAfter, boolean dailyLimit) {
            super(429, zoomCode, zoomMessage);
            this.retryAfter = retryAfter;
            this.dailyLimit = dailyLimit;
        }

        /** The wait Zoom asked for in {@code Retry-After}, when it did. */
        public Optional<Duration> retryAfter() {
            return Optional.ofNullable(retryAfter);
        }

        /** Whether the account's daily quota is used up (retrying today is pointless). */
        public boolean dailyLimit() {
            return dailyLimit;
        }
    }

    /** 5xx: Zoom failed; a retry may succeed. */
    public static final class ServerError extends ZoomException {
        public ServerError(int status, String zoomCode, String zoomMessage) {
            super(status, zoomCode, zoomMessage);
        }

        @Override
        public boolean isTransient() {
            return true;
        }
    }

    /** No usable answer: connection refused or reset, I/O timeout. A retry may succeed. */
    public static final class Unreachable extends ZoomException {
        public Unreachable(String description) {
            super(0, null, description);
        }

        @Override
        public boolean isTransient() {
            return true;
        }
    }

    /** Zoom answered, but not with what its API promises (malformed JSON, truncated body, oversized file). */
    public static final class BadResponse extends ZoomException {
        public BadResponse(int status, String description) {
            super(status, null, description);
        }
    }
}
