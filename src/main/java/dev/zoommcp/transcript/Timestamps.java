package dev.zoommcp.transcript;

import java.time.Duration;

/** WebVTT timestamps: {@code hh:mm:ss.mmm} or {@code mm:ss.mmm} (hours may have more than two digits). */
public final class Timestamps {

    private Timestamps() {
    }

    /**
     * Parses the timestamp in {@code text[from, to)} (surrounding spaces and controls ignored): {@code hh:mm:ss.mmm}
     * or {@code mm:ss.mmm}, with {@code .} or {@code ,} before the milliseconds and any number of hour digits.
     * Returns null when it is not one. Hand-written rather than a regular expression: a transcript has one pair per cue.
     */
    static Duration parse(String text, int from, int to) {
        while (from < to && text.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) <= ' ') {
            to--;
        }
        int n = to - from;
        if (n < 9 || !digits(text, to - 3, to) || (text.charAt(to - 4) != '.' && text.charAt(to - 4) != ',')
                || !digits(text, to - 6, to - 4) || text.charAt(to - 7) != ':' || !digits(text, to - 9, to - 7)) {
            return null;
        }
        long hours = 0;
        if (n > 9) {
            if (text.charAt(to - 10) != ':' || n == 10 || !digits(text, from, to - 10)) {
                return null;
            }
            hours = Long.parseLong(text, from, to - 10, 10);
        }
        long minutes = number(text, to - 9, to - 7);
        long seconds = number(text, to - 6, to - 4);
        return Duration.ofSeconds(Math.addExact(Math.multiplyExact(hours, 3600), minutes * 60 + seconds),
                number(text, to - 3, to) * 1_000_000);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static long number(String text, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    /** {@code mm:ss} below an hour, {@code h:mm:ss} above. */
    public static String format(Duration d) {
        long total = d.toSeconds();
        long h = total / 3600;
        long m = (total % 3600) / 60;
        long s = total % 60;
        StringBuilder out = new StringBuilder(10);
        if (h > 0) {
            out.append(h).append(':');
        }
        return twoDigits(twoDigits(out, m).append(':'), s).toString();
    }

    private static StringBuilder twoDigits(StringBuilder out, long value) {
        return (value < 10 && value >= 0 ? out.append('0') : out).append(value);
    }
}
