package dev.zoommcp.tools;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.quarkiverse.mcp.server.ToolCallException;

/** Where zoom_search_transcripts looks: what was said, what was typed in the chat, Zoom AI Companion's summary. */
enum SearchSource {
    TRANSCRIPT, CHAT, SUMMARY;

    /** Searched when the caller names no source. */
    static final SearchSource DEFAULT = TRANSCRIPT;

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> wireNames() {
        return Arrays.stream(values()).map(SearchSource::wireName).toList();
    }

    /** The {@code sources} argument: names of sources, each once; the default when absent or empty. */
    static Set<SearchSource> parseAll(List<String> names) {
        if (names == null || names.isEmpty()) {
            return EnumSet.of(DEFAULT);
        }
        Set<SearchSource> sources = EnumSet.noneOf(SearchSource.class);
        for (String name : names) {
            String wire = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            sources.add(Arrays.stream(values()).filter(s -> s.wireName().equals(wire)).findFirst()
                    .orElseThrow(() -> new ToolCallException("sources may hold " + String.join(", ", wireNames())
                            + "; got '" + Arguments.clip(String.valueOf(name)) + "'. E.g. [\"transcript\", \"chat\"].")));
        }
        return sources;
    }
}
