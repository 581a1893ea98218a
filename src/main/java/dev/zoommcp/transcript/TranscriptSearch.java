package dev.zoommcp.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finds a phrase in a transcript's turns: case-insensitive, whitespace-insensitive, one hit per matching turn. */
public final class TranscriptSearch {

    /** A turn containing the phrase, with a snippet of at most about {@code snippetChars} around the first match. */
    public record Hit(Turn turn, String snippet) {
    }

    private TranscriptSearch() {
    }

    public static List<Hit> find(List<Turn> turns, String phrase, int snippetChars) {
        String needle = normalize(phrase);
        List<Hit> hits = new ArrayList<>();
        for (Turn turn : turns) {
            String text = turn.text().replaceAll("\\s+", " ");
            int at = text.toLowerCase(Locale.ROOT).indexOf(needle);
            if (at >= 0) {
                hits.add(new Hit(turn, snippet(text, at, needle.length(), snippetChars)));
            }
        }
        return hits;
    }

    static String normalize(String phrase) {
        return phrase.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String snippet(String text, int at, int length, int snippetChars) {
        if (text.length() <= snippetChars) {
            return text;
        }
        int context = Math.max(0, (snippetChars - length) / 2);
        int start = Math.max(0, at - context);
        int end = Math.min(text.length(), at + length + context);
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }
}
