package dev.zoommcp.transcript;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses WebVTT as Zoom writes it. Tolerates a BOM, CRLF or CR line ends, cues with or without numbers,
 * {@code hh:mm:ss.mmm} and {@code mm:ss.mmm} timings, cue settings after the timing, NOTE/STYLE/REGION blocks.
 * Blocks without a valid timing line are skipped. Speakers come from {@code <v Name>} tags or, as in Zoom's
 * TRANSCRIPT files, from a {@code Name: } prefix. Prefixes are trusted only in a file where at least half the cues
 * have one (a transcript, not captions), and there a prefix counts when it recurs or, seen once, looks like a name
 * (see {@link SpeakerPrefix}).
 */
public final class VttParser {

    private static final String ARROW = "-->";
    private static final Pattern VOICE = Pattern.compile("^<v(?:\\.[^\\s>]*)?\\s+([^>]+)>(.*)$", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

    private VttParser() {
    }

    /** Whether the text is a WebVTT file (its first line starts with WEBVTT, after an optional BOM). */
    public static boolean isWebVtt(String text) {
        String start = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return start.stripLeading().startsWith("WEBVTT");
    }

    public static List<Cue> parse(String vtt) {
        List<Cue> cues = parseBlocks(vtt);
        SpeakerPrefix[] prefixes = new SpeakerPrefix[cues.size()];
        Map<String, Integer> prefixCounts = new HashMap<>();
        int prefixed = 0;
        for (int i = 0; i < prefixes.length; i++) {
            Cue cue = cues.get(i);
            SpeakerPrefix prefix = cue.speaker() == null ? SpeakerPrefix.candidate(cue.text()) : null;
            if (prefix != null) {
                prefixes[i] = prefix;
                prefixed++;
                prefixCounts.merge(prefix.speaker(), 1, Integer::sum);
            }
        }
        if (prefixed * 2 < cues.size()) {
            return cues;
        }
        List<Cue> attributed = new ArrayList<>(cues.size());
        for (int i = 0; i < prefixes.length; i++) {
            Cue cue = cues.get(i);
            SpeakerPrefix prefix = prefixes[i];
            boolean speaker = prefix != null
                    && (prefixCounts.get(prefix.speaker()) > 1 || SpeakerPrefix.looksLikeName(prefix.speaker()));
            attributed.add(speaker ? new Cue(cue.start(), cue.end(), prefix.speaker(), prefix.text()) : cue);
        }
        return attributed;
    }

    /**
     * The cues with their timing, text and {@code <v>} speakers; prefixes still in the text. One pass over the text,
     * line by line: a block is a run of non-blank lines; its first line with {@code -->} is the timing, the lines
     * after it the payload; a block whose timing does not parse is skipped.
     */
    private static List<Cue> parseBlocks(String vtt) {
        String text = vtt.startsWith("\uFEFF") ? vtt.substring(1) : vtt;
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        List<Cue> cues = new ArrayList<>();
        StringBuilder payload = new StringBuilder();
        int length = text.length();
        int arrow = -1;
        Duration start = null;
        Duration end = null;
        boolean skip = false;
        for (int line = 0; line <= length;) {
            int lineEnd = text.indexOf('\n', line);
            if (lineEnd < 0) {
                lineEnd = length;
            }
            if (isBlank(text, line, lineEnd)) {
                if (start != null) {
                    cues.add(toCue(start, end, payload.toString()));
                }
                start = null;
                skip = false;
                payload.setLength(0);
            } else if (start != null) {
                appendTrimmed(payload, text, line, lineEnd);
            } else if (!skip) {
                if (arrow < line) {
                    arrow = text.indexOf(ARROW, line);
                    if (arrow < 0) {
                        arrow = length;
                    }
                }
                if (arrow + ARROW.length() <= lineEnd) {
                    start = Timestamps.parse(text, line, arrow);
                    end = Timestamps.parse(text, arrow + ARROW.length(), settingsStart(text, arrow + ARROW.length(),
                            lineEnd));
                    if (start == null || end == null) {
                        start = null;
                        skip = true;
                    }
                }
            }
            line = lineEnd + 1;
        }
        if (start != null) {
            cues.add(toCue(start, end, payload.toString()));
        }
        return cues;
    }

    /** Where the cue settings after the end timestamp begin: the first space after it, or the line's end. */
    private static int settingsStart(String text, int from, int lineEnd) {
        int begin = from;
        while (begin < lineEnd && text.charAt(begin) <= ' ') {
            begin++;
        }
        int space = text.indexOf(' ', begin);
        return space < 0 || space > lineEnd ? lineEnd : space;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Appends the line without its leading and trailing spaces and controls, after a space when not the first. */
    private static void appendTrimmed(StringBuilder payload, String text, int from, int to) {
        while (from < to && text.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) <= ' ') {
            to--;
        }
        if (payload.length() > 0) {
            payload.append(' ');
        }
        payload.append(text, from, to);
    }

    private static Cue toCue(Duration start, Duration end, String payload) {
        if (payload.startsWith("<v")) {
            Matcher voice = VOICE.matcher(payload);
            if (voice.matches()) {
                return new Cue(start, end, voice.group(1).trim(), clean(voice.group(2)));
            }
        }
        return new Cue(start, end, null, clean(payload));
    }

    private static String clean(String s) {
        if (s.indexOf('<') < 0 && s.indexOf('&') < 0) {
            return s.trim();
        }
        return TAG.matcher(s).replaceAll("").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&nbsp;", " ").trim();
    }
}
