package dev.zoommcp.tools;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.quarkiverse.mcp.server.ToolCallException;

/**
 * The opaque {@code cursor} of a paged transcript: the format it was issued for and where the next page starts (a
 * character offset for text and vtt, a segment index for segments).
 */
record TranscriptCursor(TranscriptFormat format, int position) {

    private static final String VERSION = "t1";

    String encode() {
        String raw = VERSION + ":" + format.wireName() + ":" + position;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /** The position a cursor designates for {@code format}; 0 without a cursor. */
    static int positionFor(String cursor, TranscriptFormat format) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        TranscriptCursor decoded = decode(cursor.strip());
        if (decoded.format() != format) {
            throw new ToolCallException("cursor was issued for format " + decoded.format().wireName()
                    + "; call again with format " + decoded.format().wireName() + ", or without cursor to start over.");
        }
        return decoded.position();
    }

    private static TranscriptCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split(":");
            if (parts.length == 3 && parts[0].equals(VERSION)) {
                int position = Integer.parseInt(parts[2]);
                if (position >= 0) {
                    return new TranscriptCursor(TranscriptFormat.parse(parts[1]), position);
                }
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        throw new ToolCallException("cursor is not one this server issued: pass next_cursor from the previous"
                + " zoom_get_meeting_transcript result unchanged, or omit it to start from the beginning.");
    }
}
