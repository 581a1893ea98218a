package dev.zoommcp.tools;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

import io.quarkiverse.mcp.server.ToolCallException;

/**
 * This server's {@code next_page_token} for listings longer than a month (which it merges itself): the range and the
 * offset of the next meeting. It carries a prefix that Zoom's own tokens (plain alphanumerics) never have, so one
 * argument serves both.
 */
record ListCursor(LocalDate from, LocalDate to, int offset) {

    private static final String PREFIX = "zmcp1.";

    static boolean isOurs(String token) {
        return token != null && token.startsWith(PREFIX);
    }

    String encode() {
        String raw = from + "|" + to + "|" + offset;
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    static ListCursor decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token.substring(PREFIX.length())),
                    StandardCharsets.US_ASCII);
            String[] parts = raw.split("\\|");
            if (parts.length == 3) {
                ListCursor cursor = new ListCursor(LocalDate.parse(parts[0]), LocalDate.parse(parts[1]),
                        Integer.parseInt(parts[2]));
                if (cursor.offset() >= 0 && !cursor.from().isAfter(cursor.to())) {
                    return cursor;
                }
            }
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            // reported below
        }
        throw new ToolCallException("next_page_token is damaged: pass the next_page_token of the previous"
                + " zoom_list_recordings result unchanged, or omit it to start from the first page.");
    }
}
