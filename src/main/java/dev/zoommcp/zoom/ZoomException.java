package dev.zoommcp.zoom;

import java.time.Duration;
import java.util.Optional;

/**
 * A failed exchange with Zoom, described by what Zoom said: the HTTP status ({@code 0} when no response arrived), Zoom's
 * error code (numeric API codes such as {@code 124} or {@code 3301}, or OAuth errors such as {@code invalid_grant}) and
 * Zoom's message. Subclasses say which failures are the caller's to fix and which are transient.
 * <p>
 * {@link #getMessage()} holds only the status and code: Zoom's free-text message may echo what it was sent, and
 * libraries log exceptions (the REST client does at DEBUG) before this server can scrub them. The text is kept in
 * {@link #zoomMessage()}, from which {@link #withoutSecrets} removes the call's secrets.
 */
public class ZoomException extends RuntimeException {

    private final int status;
    private final String zoomCode;
    private final String zoomMessage;

    public ZoomException(int status, String zoomCode, String zoomMessage) {
        super(describe(status, zoomCode), null, false, false);
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

    /** The access token was refused: expired, revoked or malformed (401, or Zoom code 124). */
    public boolean isInvalidAccessToken() {
        return status == 401 || "124".equals(zoomCode);
    }

    /** The access token lacks a scope the call needs (Zoom code 4711, or a message naming the missing scopes). */
    public boolean isMissingScope() {
        return "4711".equals(zoomCode) || zoomMessage != null && zoomMessage.contains("does not contain scope");
    }

    /** The user the call names (the token's own, "me") does not exist at Zoom (code 1001). */
    public boolean isUserNotFound() {
        return "1001".equals(zoomCode);
    }

    /** The refresh token is invalid or was already used (Zoom rotates refresh tokens on every refresh). */
    public boolean isInvalidGrant() {
        return "invalid_grant".equals(zoomCode);
    }

    /** The OAuth client id or secret is wrong. */
    public boolean isInvalidClient() {
        return "invalid_client".equals(zoomCode);
    }

    /** Zoom did not accept the grant type for this app (e.g. account_credentials for an app that is not S2S). */
    public boolean isGrantNotAllowed() {
        return "invalid_request".equals(zoomCode) || "unsupported_grant_type".equals(zoomCode)
                || "unauthorized_client".equals(zoomCode);
    }

    /**
     * On the meeting summary endpoint: the token may not read summaries at all (a missing scope), whatever the meeting;
     * neither a refused token nor a rate limit.
     */
    public static boolean isSummaryScopeMissing(Throwable failure) {
        return failure instanceof ClientError zoom && !(failure instanceof RateLimited) && !zoom.isInvalidAccessToken()
                && (zoom.isMissingScope() || zoom.zoomMessage().orElse("").contains("scope"));
    }

    /**
     * On the meeting summary endpoint: Zoom has no AI Companion summary for the meeting (400 or 404 that is neither a
     * token nor a scope problem, nor a rate limit).
     */
    public static boolean isNoMeetingSummary(Throwable failure) {
        return failure instanceof ClientError zoom && !(failure instanceof RateLimited)
                && (zoom.status() == 404 || zoom.status() == 400) && !zoom.isInvalidAccessToken()
                && !zoom.isMissingScope() && !zoom.zoomMessage().orElse("").contains("scope");
    }

    /** Zoom's messages are short; anything longer is not a Zoom error message and is cut when shown. */
    private static final int MAX_SHOWN_CHARS = 300;

    /**
     * Zoom's error message (or our description of a transport failure), when known, cut to 300 characters. The cut is
     * made here, after {@link #withoutSecrets} has seen the whole text, so that no part of a secret survives it.
     */
    public Optional<String> zoomMessage() {
        return Optional.ofNullable(zoomMessage)
                .map(m -> m.length() <= MAX_SHOWN_CHARS ? m : m.substring(0, MAX_SHOWN_CHARS) + "…");
    }

    /**
     * This exception, or a copy whose Zoom message no longer contains any of {@code secrets} (Zoom's messages may echo
     * what they were sent).
     */
    public ZoomException withoutSecrets(String... secrets) {
        if (zoomMessage == null) {
            return this;
        }
        String clean = Secrets.scrub(zoomMessage, secrets);
        return clean.equals(zoomMessage) ? this : withMessage(clean);
    }

    /** A copy of this exception with another Zoom message. */
    protected ZoomException withMessage(String message) {
        return new ZoomException(status, zoomCode, message);
    }

    /** Whether trying the same request again may succeed. */
    public boolean isTransient() {
        return false;
    }

    /** Status, code and Zoom's message, e.g. {@code HTTP 401, Zoom code 124: Invalid access token.} */
    public String describe() {
        return zoomMessage().map(m -> getMessage() + ": " + m).orElse(getMessage());
    }

    private static String describe(int status, String code) {
        StringBuilder sb = new StringBuilder(status == 0 ? "no HTTP response" : "HTTP " + status);
        if (code != null) {
            sb.append(code.chars().allMatch(Character::isDigit) ? ", Zoom code " : ", Zoom error ").append(code);
        }
        return sb.toString();
    }

    /** 4xx: the request was refused; repeating it unchanged will not help (except after a rate-limit wait). */
    public static class ClientError extends ZoomException {
        public ClientError(int status, String zoomCode, String zoomMessage) {
            super(status, zoomCode, zoomMessage);
        }

        @Override
        protected ZoomException withMessage(String message) {
            return new ClientError(status(), zoomCode().orElse(null), message);
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

        @Override
        protected ZoomException withMessage(String message) {
            return new RateLimited(zoomCode().orElse(null), message, retryAfter, dailyLimit);
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
        protected ZoomException withMessage(String message) {
            return new ServerError(status(), zoomCode().orElse(null), message);
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
        protected ZoomException withMessage(String message) {
            return new Unreachable(message);
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

        @Override
        protected ZoomException withMessage(String message) {
            return new BadResponse(status(), message);
        }
    }
}
