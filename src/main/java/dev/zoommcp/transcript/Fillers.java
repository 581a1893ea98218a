package dev.zoommcp.transcript;

import java.util.Locale;
import java.util.Set;

/** Cues that carry no content: a lone "Hmm.", "Mm-hmm.", "Uh-huh." and the like. */
final class Fillers {

    private static final Set<String> WORDS = Set.of("hmm", "hm", "mm", "mmm", "mm-hmm", "mhm", "uh-huh", "uh", "um",
            "umm", "uh-hmm", "ah", "er", "erm", "oh", "huh");

    private Fillers() {
    }

    static boolean isFiller(String text) {
        String words = text.toLowerCase(Locale.ROOT).replaceAll("[.,!?…]", " ").trim();
        if (words.isEmpty()) {
            return true;
        }
        for (String word : words.split("\\s+")) {
            if (!WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
