package dev.zoommcp.tools;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;

import dev.zoommcp.zoom.AccessToken;
import dev.zoommcp.zoom.ClientCredentials;
import dev.zoommcp.zoom.listing.DateWindows;
import io.quarkiverse.mcp.server.ToolCallException;

/**
 * Validation of tool arguments before any Zoom call. Each failure is a {@link ToolCallException} whose message names
 * the argument, what was wrong and an example of a valid value. Messages never echo a secret argument.
 */
final class Arguments {

    /** Page sizes, in characters, of paged text results. */
    static final int DEFAULT_MAX_CHARS = 40_000;
    static final int MIN_MAX_CHARS = 1_000;
    static final int MAX_MAX_CHARS = 500_000;
    private static final int MAX_TOKEN_CHARS = 4096;
    /** OAuth tokens (JWTs and opaque tokens): base64url, dots and the few other characters RFC 6750 allows. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~+/=-]+");
    /** Client ids and account ids: letters, digits, _ and - (a colon would break Basic authentication). */
    private static final Pattern APP_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private Arguments() {
    }

    static AccessToken accessToken(String value) {
        String what = "a Zoom OAuth access token (from the app's OAuth flow, zoom_refresh_token or"
                + " zoom_get_access_token), as this argument or in the " + CallerToken.HEADER + " HTTP header";
        if (value == null || value.isBlank()) {
            throw new ToolCallException("zoom_access_token is required: " + what + ". Or the user signs this server"
                    + " in once, with `zoom-recordings-mcp login` where it runs; then no token is needed.");
        }
        return AccessToken.of(token("zoom_access_token", value, what));
    }

    /** A required OAuth token: the characters a bearer token may have, at most 4096. Never echoed. */
    static String token(String name, String value, String what) {
        String token = secret(name, value, what);
        if (!TOKEN.matcher(token).matches()) {
            throw new ToolCallException(name + " is malformed: expected " + what + ", made of letters, digits and"
                    + " . _ ~ + / = - only (no 'Bearer ' prefix, no commas or quotes).");
        }
        return token;
    }

    /** A required secret: present, not blank, no whitespace, not absurdly long. Never echoed. */
    static String secret(String name, String value, String what) {
        if (value == null || value.isBlank()) {
            throw new ToolCallException(name + " is required: " + what + ".");
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_TOKEN_CHARS || trimmed.chars().anyMatch(c -> Character.isWhitespace(c)
                || Character.isISOControl(c))) {
            throw new ToolCallException(name + " is malformed: expected " + what
                    + ", a single word of at most " + MAX_TOKEN_CHARS + " characters.");
        }
        return trimmed;
    }

    /** A required app identifier (client id, account id), as the App Marketplace shows it. */
    static String appId(String name, String value, String what) {
        if (value == null || value.isBlank()) {
            throw new ToolCallException(name + " is required: " + what + ".");
        }
        String id = value.strip();
        if (!APP_ID.matcher(id).matches()) {
            throw new ToolCallException(name + " is malformed: expected " + what + " as the App Marketplace shows it,"
                    + " letters, digits, _ and - only (e.g. aBcD1234EfGh5678).");
        }
        return id;
    }

    /** An OAuth app's client id and secret, both required. */
    static ClientCredentials clientCredentials(String clientId, String clientSecret) {
        return new ClientCredentials(appId("zoom_client_id", clientId, "the OAuth app's client id"),
                secret("zoom_client_secret", clientSecret, "the OAuth app's client secret"));
    }

    /** A page token of Zoom's, passed back as the caller received it. */
    static String zoomPageToken(String value) {
        if (value.length() > 512 || !TOKEN.matcher(value).matches()) {
            throw new ToolCallException("next_page_token is malformed: pass the next_page_token of the previous"
                    + " zoom_list_recordings result unchanged, or omit it to start from the first page.");
        }
        return value;
    }

    /** The page size of a paged text result (transcript, chat). */
    static int maxChars(Integer value) {
        return inRange("max_chars", value, MIN_MAX_CHARS, MAX_MAX_CHARS, DEFAULT_MAX_CHARS);
    }

    static String meetingId(String value) {
        if (value == null || value.isBlank()) {
            throw new ToolCallException("meeting_id is required: the numeric meeting id (e.g. 85746065432) or an"
                    + " instance uuid (e.g. 4444AAAiAAAAAiAiAiiAii==) from zoom_list_recordings.");
        }
        return ArgumentFormats.meetingId(value).orElseThrow(() -> new ToolCallException("meeting_id is malformed:"
                + " expected a numeric meeting id (e.g. 85746065432) or an instance uuid (e.g. 4444AAAiAAAAAiAiAiiAii==),"
                + " at most " + ArgumentFormats.MAX_MEETING_ID_CHARS + " characters of letters, digits, + / = _ -."));
    }

    /**
     * The range of optional {@code from_date} / {@code to_date} arguments: to_date defaults to {@code today} (UTC),
     * from_date to the start of the month window ending on to_date ({@link DateWindows#monthEndingOn}), so that a
     * default range is always one Zoom request.
     */
    static DateWindows.Window dateRange(String fromDate, String toDate, int maxMonths, LocalDate today) {
        LocalDate to = Objects.requireNonNullElse(date("to_date", toDate), today);
        LocalDate from = Objects.requireNonNullElse(date("from_date", fromDate), DateWindows.monthEndingOn(to).from());
        return range(from, to, maxMonths);
    }

    /** A range with from ≤ to, at most {@code maxMonths} long. */
    static DateWindows.Window range(LocalDate from, LocalDate to, int maxMonths) {
        if (from.isAfter(to)) {
            throw new ToolCallException("from_date (" + from + ") is after to_date (" + to + "): swap them.");
        }
        if (to.isAfter(from.plusMonths(maxMonths).minusDays(1))) {
            throw new ToolCallException("from_date " + from + " to to_date " + to + " is longer than " + maxMonths
                    + " months, the most one call covers: split it, e.g. " + from + " to "
                    + from.plusMonths(maxMonths).minusDays(1) + " first.");
        }
        return new DateWindows.Window(from, to);
    }

    /** An optional {@code yyyy-MM-dd} date; null when absent. */
    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (ArgumentFormats.DATE.matcher(v).matches()) {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException impossibleDate) {
                // falls through to the error below
            }
        }
        throw new ToolCallException(name + " must be a real date in yyyy-MM-dd format (UTC), e.g. 2026-11-01; got '"
                + clip(v) + "'.");
    }

    /** An optional integer argument within {@code [min, max]}; the default when absent. */
    static int inRange(String name, Integer value, int min, int max, int defaultValue) {
        if (value == null) {
            return defaultValue;
        }
        if (value < min || value > max) {
            throw new ToolCallException(name + " must be between " + min + " and " + max + "; got " + value
                    + ". Omit it for " + defaultValue + ".");
        }
        return value;
    }

    static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
