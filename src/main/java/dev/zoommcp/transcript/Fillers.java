package dev.zoommcp.transcript;

import java.util.Locale;
import java.util.Set;

/** Cues that carry no content: a lone "Hmm.", "Mm-hmm.", "Uh-huh." and the like. */
final class Fillers {

    private static final Set<String> WORDS = Set.of("hmm", "hm", "mm", "mmm", "mm-hmm", "mhm", "uh-huh", "uh", "um",
            "umm", "uh-hmm", "ah", "er", "erm", "oh", "huh");
    private static final int LONGEST = WORDS.stream().mapToInt(String::length).max().orElse(0);

    private Fillers() {
    }

    /** Whether every word of the text (split at white space and {@code . , ! ? …}) is a filler word. */
    static boolean isFiller(String text) {
        String trimmed = text.trim();
        int n = trimmed.length();
        int i = 0;
        while (true) {
            while (i < n && isSeparator(trimmed.charAt(i))) {
                i++;
            }
            if (i == n) {
                return true;
            }
            int start = i;
            while (i < n && !isSeparator(trimmed.charAt(i))) {
                i++;
            }
            if (i - start > LONGEST || !WORDS.contains(trimmed.substring(start, i).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
    }

    private static boolean isSeparator(char c) {
        return ".,!?\u2026 \t\n\u000B\f\r".indexOf(c) >= 0;
    }
}
