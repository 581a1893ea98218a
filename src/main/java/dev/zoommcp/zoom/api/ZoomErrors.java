package dev.zoommcp.zoom.api;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.zoommcp.time.Clocks;
import dev.zoommcp.zoom.ZoomException;

/**
 * Turns what Zoom answered (or failed to answer) into the {@link ZoomException} family. Used by the REST clients'
 * {@code @ClientExceptionMapper}s, by the download client, and to normalise transport failures.
 * <p>
 * Zoom's error bodies come in two shapes: the API's {@code {"code":124,"message":"Invalid access token."}} (code 300
 * adds {@code errors[]}) and the OAuth server's {@code {"reason":"Invalid Token!","error":"invalid_grant"}}. Some have
 * neither (HTML from a proxy, an empty body): the status alone then speaks.
 */
public final class ZoomErrors {

    /**
     * Zoom's error codes are numbers (124, 3301) or OAuth words (invalid_grant); anything else in that field is not a
     * code and is dropped (it could be an echo of what was sent).
     */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[0-9]{1,6}|[a-z_]{1,40}");
    /**
     * Longest message kept from an error body. Longer than any token, so that a token echoed across the shown part's
     * end (see {@link ZoomException#zoomMessage()}) is still whole when the secrets are scrubbed.
     */
    private static final int MAX_KEPT_CHARS = 8192;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ZoomErrors() {
    }

    /** Maps an error response of Zoom's REST API or OAuth server. */
    public static ZoomException fromResponse(Response response) {
        String body = response.hasEntity() ? response.readEntity(String.class) : null;
        return fromStatus(response.getStatus(), body, response.getHeaderString("Retry-After"),
                response.getHeaderString("X-RateLimit-Type"), Clocks.current());
    }

    /**
     * Maps an error status with its body and rate-limit headers.
     *
     * @param retryAfter {@code Retry-After} header: seconds or an HTTP date; may be null
     * @param rateLimitType Zoom's {@code X-RateLimit-Type} header ({@code QPS}, {@code Daily-limit}); may be null
     * @param clock now, to turn a {@code Retry-After} date into a wait
     */
    public static ZoomException fromStatus(int status, String body, String retryAfter, String rateLimitType,
            Clock clock) {
        String code = null;
        String message = null;
        JsonNode json = parse(body);
        if (json != null) {
            code = text(json.get("code"));
            if (code == null) {
                code = text(json.get("error"));
            }
            if (code != null && !CODE.matcher(code).matches()) {
                code = null;
            }
            message = firstText(json, "message", "reason", "error_description");
            JsonNode errors = json.get("errors");
            if (errors != null && errors.isArray() && !errors.isEmpty()) {
                message = (message == null ? "" : message + " ") + errorDetails(errors);
            }
        }
        message = clip(message);
        if (status == 429) {
            boolean daily = containsIgnoreCase(rateLimitType, "daily") || containsIgnoreCase(message, "daily");
            return new ZoomException.RateLimited(code, message, parseRetryAfter(retryAfter, clock), daily);
        }
        if (status >= 500) {
            return new ZoomException.ServerError(status, code, message);
        }
        return new ZoomException.ClientError(status, code, message);
    }

    /**
     * {@link #normalize(Throwable)}, then removes the call's secrets from the Zoom message. Every Zoom call's failure
     * passes here, so no exception that leaves the zoom package carries a token Zoom echoed back.
     */
    public static Throwable normalize(Throwable failure, String... secrets) {
        Throwable normalized = normalize(failure);
        return normalized instanceof ZoomException zoom ? zoom.withoutSecrets(secrets) : normalized;
    }

    /**
     * Normalises any failure of a Zoom call into the family: {@link ZoomException}s pass through, JSON errors become
     * {@link ZoomException.BadResponse}, I/O failures {@link ZoomException.Unreachable}. Anything else is returned as
     * is (a bug, not a Zoom failure). Exception messages of transport errors are not copied: they may carry URLs.
     */
    public static Throwable normalize(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ZoomException) {
                return t;
            }
            if (t instanceof JacksonException) {
                return new ZoomException.BadResponse(200, "its body is not the JSON Zoom's API documents (malformed"
                        + " or cut short); retry once");
            }
            if (t instanceof java.io.IOException || t instanceof io.vertx.core.VertxException
                    || t instanceof TimeoutException) {
                return new ZoomException.Unreachable(transportDescription(t));
            }
            if (t == t.getCause()) {
                break;
            }
        }
        if (failure instanceof ProcessingException) {
            return new ZoomException.Unreachable(transportDescription(failure));
        }
        return failure;
    }

    private static String transportDescription(Throwable t) {
        String name = t.getClass().getSimpleName();
        if (name.contains("Timeout") || String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("timeout")) {
            return "Zoom did not answer in time";
        }
        if (t instanceof java.net.ConnectException) {
            return "could not connect to Zoom";
        }
        return "the connection to Zoom was reset or closed early";
    }

    static Duration parseRetryAfter(String header, Clock clock) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException notJson) {
            return null;
        }
    }

    private static String errorDetails(JsonNode errors) {
        StringBuilder sb = new StringBuilder("(");
        for (JsonNode e : errors) {
            if (sb.length() > 1) {
                sb.append("; ");
            }
            String field = text(e.get("field"));
            sb.append(field == null ? "" : field + ": ").append(firstText(e, "message"));
        }
        return sb.append(')').toString();
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            String value = text(node.get(name));
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }

    private static String clip(String s) {
        return s == null || s.length() <= MAX_KEPT_CHARS ? s : s.substring(0, MAX_KEPT_CHARS);
    }

    private static boolean containsIgnoreCase(String s, String part) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(part);
    }
}
