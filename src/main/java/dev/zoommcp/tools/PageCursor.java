package dev.zoommcp.tools;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.quarkiverse.mcp.server.ToolCallException;

/**
 * The opaque {@code cursor} of a paged result (a transcript in one format, a chat): what it was issued for and where
 * the next page starts (a character offset or an item index).
 */
record PageCursor(String kind, int position) {

    private static final String VERSION = "p1";

    String encode() {
        String raw = VERSION + ":" + kind + ":" + position;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The position a cursor designates for {@code kind}; 0 without a cursor.
     *
     * @param tool the tool that issues such cursors, for the error message
     */
    static int positionFor(String cursor, String kind, String tool) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        PageCursor decoded = decode(cursor.strip(), tool);
        if (!decoded.kind().equals(kind)) {
            throw new ToolCallException("cursor was issued for format " + decoded.kind() + "; call again with format "
                    + decoded.kind() + ", or without cursor to start over.");
        }
        return decoded.position();
    }

    private static PageCursor decode(String cursor, String tool) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split(":");
            if (parts.length == 3 && parts[0].equals(VERSION)) {
                int position = Integer.parseInt(parts[2]);
                if (position >= 0) {
                    return new PageCursor(parts[1], position);
                }
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        throw new ToolCallException("cursor is not one this server issued: pass next_cursor from the previous " + tool
                + " result unchanged, or omit it to start from the beginning.");
    }
}
