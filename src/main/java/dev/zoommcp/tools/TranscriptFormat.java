package dev.zoommcp.tools;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkiverse.mcp.server.ToolCallException;

/** The renderings zoom_get_meeting_transcript offers. */
enum TranscriptFormat {
    /** Compact speaker turns, {@code [mm:ss] Speaker: text}. */
    TEXT,
    /** Structured turns with start, end, speaker and text. */
    SEGMENTS,
    /** Zoom's WebVTT file, unchanged. */
    VTT;

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Set<String> wireNames() {
        return Arrays.stream(values()).map(TranscriptFormat::wireName).collect(Collectors.toUnmodifiableSet());
    }

    static TranscriptFormat parse(String value) {
        if (value == null || value.isBlank()) {
            return TEXT;
        }
        return Arrays.stream(values()).filter(f -> f.wireName().equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new ToolCallException("format must be text, segments or vtt; got '"
                        + Arguments.clip(value) + "'."));
    }
}
