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
        Map<String, Integer> prefixCounts = new HashMap<>();
        int prefixed = 0;
        for (Cue cue : cues) {
            SpeakerPrefix prefix = cue.speaker() == null ? SpeakerPrefix.candidate(cue.text()) : null;
            if (prefix != null) {
                prefixed++;
                prefixCounts.merge(prefix.speaker(), 1, Integer::sum);
            }
        }
        if (prefixed * 2 < cues.size()) {
            return cues;
        }
        List<Cue> attributed = new ArrayList<>(cues.size());
        for (Cue cue : cues) {
            SpeakerPrefix prefix = cue.speaker() == null ? SpeakerPrefix.candidate(cue.text()) : null;
            boolean speaker = prefix != null
                    && (prefixCounts.get(prefix.speaker()) > 1 || SpeakerPrefix.looksLikeName(prefix.speaker()));
            attributed.add(speaker ? new Cue(cue.start(), cue.end(), prefix.speaker(), prefix.text()) : cue);
        }
        return attributed;
    }

    /** The cues with their timing, text and {@code <v>} speakers; prefixes still in the text. */
    private static List<Cue> parseBlocks(String vtt) {
        String text = vtt.startsWith("\uFEFF") ? vtt.substring(1) : vtt;
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Cue> cues = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            int end = i;
            while (end < lines.length && !lines[end].isBlank()) {
                end++;
            }
            Cue cue = parseBlock(lines, i, end);
            if (cue != null) {
                cues.add(cue);
            }
            i = end + 1;
        }
        return cues;
    }

    private static Cue parseBlock(String[] lines, int from, int to) {
        for (int t = from; t < to; t++) {
            if (!lines[t].contains(ARROW)) {
                continue;
            }
            String[] timing = lines[t].split(ARROW, 2);
            Duration start = Timestamps.parse(timing[0]);
            String endPart = timing[1].trim();
            int space = endPart.indexOf(' ');
            Duration end = Timestamps.parse(space < 0 ? endPart : endPart.substring(0, space));
            if (start == null || end == null) {
                return null;
            }
            StringBuilder payload = new StringBuilder();
            for (int p = t + 1; p < to; p++) {
                if (payload.length() > 0) {
                    payload.append(' ');
                }
                payload.append(lines[p].trim());
            }
            return toCue(start, end, payload.toString());
        }
        return null;
    }

    private static Cue toCue(Duration start, Duration end, String payload) {
        Matcher voice = VOICE.matcher(payload);
        if (voice.matches()) {
            return new Cue(start, end, voice.group(1).trim(), clean(voice.group(2)));
        }
        return new Cue(start, end, null, clean(payload));
    }

    private static String clean(String s) {
        return TAG.matcher(s).replaceAll("").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&nbsp;", " ").trim();
    }
}
