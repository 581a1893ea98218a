package dev.zoommcp.tools;

import java.util.Set;

import io.quarkiverse.mcp.server.ToolCallException;

/**
 * The opaque {@code cursor} of a paged result: what it was issued for (a transcript format, or the chat), for which
 * meeting, and where the next page starts (a character offset or an item index). A cursor is only accepted for the
 * same meeting and kind.
 */
record PageCursor(String kind, String meetingId, int position) {

    private static final String VERSION = "p2";

    String encode() {
        return CursorCodec.encode(':', VERSION, kind, position, meetingId);
    }

    /**
     * The position a cursor designates; 0 without a cursor.
     *
     * @param kinds the kinds the calling tool issues (e.g. its formats), for telling a wrong one from a forged one
     * @param tool the tool that issues such cursors, for the error message
     */
    static int positionFor(String cursor, String kind, String meetingId, Set<String> kinds, String tool) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        PageCursor decoded = decode(cursor.strip(), kinds, tool);
        if (!decoded.meetingId().equals(meetingId)) {
            throw new ToolCallException("cursor was issued for meeting_id " + decoded.meetingId() + ": call again with"
                    + " that meeting_id, or without cursor to read meeting " + meetingId + " from the beginning.");
        }
        if (!decoded.kind().equals(kind)) {
            throw new ToolCallException("cursor was issued for format " + decoded.kind() + "; call again with format "
                    + decoded.kind() + ", or without cursor to start over.");
        }
        return decoded.position();
    }

    private static PageCursor decode(String cursor, Set<String> kinds, String tool) {
        try {
            String[] parts = CursorCodec.decode(cursor, ':', 4).orElse(new String[0]);
            if (parts.length == 4 && parts[0].equals(VERSION) && kinds.contains(parts[1]) && !parts[3].isEmpty()) {
                int position = Integer.parseInt(parts[2]);
                if (position >= 0) {
                    return new PageCursor(parts[1], parts[3], position);
                }
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        throw new ToolCallException("cursor is not one this server issued: pass next_cursor from the previous " + tool
                + " result unchanged, or omit it to start from the beginning.");
    }
}
