package dev.zoommcp.tools;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.quarkiverse.mcp.server.ToolCallException;

/**
 * The {@code next_page_token} this server hands out: the date range, the topic filter (null: none), and where the next
 * page starts — Zoom's own page token for an unfiltered range Zoom serves in one request, or the offset of the next
 * meeting in the listing this server merged (and filtered) itself. Because it carries the dates and the topic, the
 * caller only passes it back. It starts with a prefix that Zoom's tokens (plain alphanumerics) never have, so a raw
 * Zoom token passed by an older client still works.
 */
record ListCursor(LocalDate from, LocalDate to, int offset, String zoomToken, String topic) {

    private static final String PREFIX = "zmcp1.";

    static ListCursor ofZoomToken(LocalDate from, LocalDate to, String zoomToken) {
        return new ListCursor(from, to, 0, zoomToken, null);
    }

    static ListCursor ofOffset(LocalDate from, LocalDate to, int offset, String topic) {
        return new ListCursor(from, to, offset, null, topic);
    }

    static boolean isOurs(String token) {
        return token != null && token.startsWith(PREFIX);
    }

    String encode() {
        return PREFIX + (topic == null ? CursorCodec.encode('|', from, to, offset, zoomToken)
                : CursorCodec.encode('|', from, to, offset, zoomToken, topic));
    }

    static ListCursor decode(String token) {
        try {
            String encoded = token.substring(PREFIX.length());
            // the topic comes last (it may contain the separator); tokens without a topic have four fields
            String[] parts = CursorCodec.decode(encoded, '|', 5).or(() -> CursorCodec.decode(encoded, '|', 4))
                    .orElse(null);
            if (parts != null) {
                ListCursor cursor = new ListCursor(LocalDate.parse(parts[0]), LocalDate.parse(parts[1]),
                        Integer.parseInt(parts[2]), parts[3].isEmpty() ? null : parts[3],
                        parts.length > 4 ? parts[4] : null);
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
