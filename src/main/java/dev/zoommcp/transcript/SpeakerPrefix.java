package dev.zoommcp.transcript;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A possible {@code Name: } speaker prefix, as Zoom writes it at the start of each TRANSCRIPT cue. Zoom's names are
 * participants' display names, so they may be lower-case ("john smith"), carry pronouns ("Ana Lima (she/her)"), be a
 * room or device ("Conference Room 3B", "iPhone"), a phone number ("+1 415-555-0100") or in any script ("李 小龍").
 * <p>
 * {@link #candidate} accepts anything shaped like such a label: the text before the first colon-and-space, at most 80
 * characters and 8 words, no URL, no clock time, not ending in punctuation. Whether a candidate really is a speaker is
 * decided over the whole file ({@link VttParser}): one that recurs is, one that occurs once must also look like a name
 * ({@link #looksLikeName}) and not be a common label such as "Action items" or "Note".
 */
record SpeakerPrefix(String speaker, String text) {

    private static final int MAX_CHARS = 80;
    private static final int MAX_WORDS = 8;
    private static final Pattern LIST_NUMBER = Pattern.compile("\\(?\\d{1,3}[.)]?");
    private static final Pattern LABELS = Pattern.compile("(action items?|notes?|updates?|questions?|answers?|agenda|"
            + "summary|next steps?|decisions?|to-?dos?|to do|fyi|reminders?|examples?|warning|important|tip|re|ps|"
            + "p\\.s|q|a|(step|item|point|part|option) \\d+)");
    private static final Pattern PARTICLE = Pattern.compile("(de|da|del|della|di|du|van|von|der|den|la|le|bin|al|"
            + "el|y|e|dos|das)");

    /** The prefix and the rest of the cue, or null when the text has no prefix of a label's shape. */
    static SpeakerPrefix candidate(String text) {
        int colon = text.indexOf(": ");
        if (colon <= 0 || colon > MAX_CHARS) {
            return null;
        }
        String name = text.substring(0, colon).trim();
        String rest = text.substring(colon + 2).trim();
        if (name.isEmpty() || rest.isEmpty() || name.contains("://") || hasClockTime(name)
                || (name.length() <= 5 && LIST_NUMBER.matcher(name).matches())
                || ".,;!?".indexOf(name.charAt(name.length() - 1)) >= 0 || words(name) > MAX_WORDS) {
            return null;
        }
        return new SpeakerPrefix(name, rest);
    }

    /**
     * Whether the text, a single line, holds a clock time such as {@code 10:30}: a digit, a colon, two digits. A text
     * with a line break is not a one-line label, so it never counts.
     */
    private static boolean hasClockTime(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("\n\r\u0085\u2028\u2029".indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        for (int colon = text.indexOf(':', 1); colon > 0 && colon + 2 < text.length(); colon = text.indexOf(':',
                colon + 1)) {
            if (isDigit(text.charAt(colon - 1)) && isDigit(text.charAt(colon + 1)) && isDigit(text.charAt(colon + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Words separated by ASCII white space: space, tab, line and form feeds, carriage return, vertical tab. */
    private static int words(String trimmed) {
        int words = 1;
        boolean inSpace = false;
        for (int i = 0; i < trimmed.length(); i++) {
            boolean space = " \t\n\u000B\f\r".indexOf(trimmed.charAt(i)) >= 0;
            if (space && !inSpace) {
                words++;
            }
            inSpace = space;
        }
        return words;
    }

    /** Whether a prefix seen only once may still be taken as a speaker. */
    static boolean looksLikeName(String name) {
        if (LABELS.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
            return false;
        }
        for (String word : name.split("\\s+")) {
            int first = word.codePointAt(0);
            boolean nameWord = Character.isUpperCase(first) || Character.isDigit(first) || first == '+' || first == '('
                    || (Character.isLetter(first) && !Character.isLowerCase(first))
                    || PARTICLE.matcher(word).matches() || word.codePoints().anyMatch(Character::isUpperCase);
            if (!nameWord) {
                return false;
            }
        }
        return true;
    }
}
