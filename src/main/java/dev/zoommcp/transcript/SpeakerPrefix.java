package dev.zoommcp.transcript;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Zoom's transcripts name the speaker as a {@code Name: } prefix. A colon later in the text ("support: we need ...",
 * "https://example.com/a:b") is not one: a prefix must be the first colon, followed by a space, and look like a name —
 * one to five words, each starting with an upper-case letter (particles such as "de", "van", "O'" allowed), at most 60
 * characters, no digits-only or URL-like words. So "Action item: ..." in a caption stays text.
 */
record SpeakerPrefix(String speaker, String text) {

    private static final Pattern PREFIX = Pattern.compile("^([^:]{1,60}): (.*)$", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.\\-]*|\\p{Ll}{1,3}|[\\p{L}][\\p{L}\\p{M}'’.\\-]*\\p{Lu}[\\p{L}\\p{M}'’.\\-]*");

    static SpeakerPrefix split(String text) {
        Matcher m = PREFIX.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String name = m.group(1).trim();
        String rest = m.group(2).trim();
        if (rest.isEmpty() || !looksLikeName(name)) {
            return null;
        }
        return new SpeakerPrefix(name, rest);
    }

    private static boolean looksLikeName(String name) {
        String[] words = name.split("\\s+");
        if (words.length > 5 || !Character.isUpperCase(words[0].codePointAt(0))) {
            return false;
        }
        for (String word : words) {
            if (!WORD.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }
}
