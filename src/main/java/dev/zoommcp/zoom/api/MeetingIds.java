package dev.zoommcp.zoom.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Meeting identifiers in Zoom paths. Zoom takes a numeric meeting id (its latest instance) or an instance UUID such as
 * {@code 4444AAAiAAAAAiAiAiiAii==}. A UUID that starts with {@code /} or contains {@code //} must be URL-encoded twice,
 * or Zoom's router splits it; every other id is encoded once.
 */
public final class MeetingIds {

    private MeetingIds() {
    }

    /** The id as a ready-to-use path segment. */
    public static String toPathSegment(String meetingId) {
        String once = encode(meetingId);
        return needsDoubleEncoding(meetingId) ? encode(once) : once;
    }

    static boolean needsDoubleEncoding(String meetingId) {
        return meetingId.startsWith("/") || meetingId.contains("//");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
