package dev.zoommcp.transcript;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** WebVTT timestamps: {@code hh:mm:ss.mmm} or {@code mm:ss.mmm} (hours may have more than two digits). */
public final class Timestamps {

    private static final Pattern TIMESTAMP = Pattern.compile("(?:(\\d+):)?(\\d{2}):(\\d{2})[.,](\\d{3})");

    private Timestamps() {
    }

    /** Parses a timestamp, or returns null when the text is not one. */
    static Duration parse(String text) {
        Matcher m = TIMESTAMP.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        return Duration.ofHours(hours)
                .plusMinutes(Long.parseLong(m.group(2)))
                .plusSeconds(Long.parseLong(m.group(3)))
                .plusMillis(Long.parseLong(m.group(4)));
    }

    /** {@code mm:ss} below an hour, {@code h:mm:ss} above. */
    public static String format(Duration d) {
        long total = d.toSeconds();
        long h = total / 3600;
        long m = (total % 3600) / 60;
        long s = total % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%02d:%02d", m, s);
    }
}
