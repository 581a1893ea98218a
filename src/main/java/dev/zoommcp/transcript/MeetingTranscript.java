package dev.zoommcp.transcript;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting's transcript read from one or more WebVTT files (a recording split in parts has one TRANSCRIPT file per
 * part), parsed once, with each way of rendering it: speaker turns ({@link #turns()}), the compact text for a model
 * ({@link #compactText()}) and the files as Zoom wrote them ({@link #vtt()}).
 */
public final class MeetingTranscript {

    private final List<String> vtts;
    private final List<Cue> cues;
    private final Duration duration;
    private Transcript turns;

    private MeetingTranscript(List<String> vtts, List<Cue> cues, Duration duration) {
        this.vtts = vtts;
        this.cues = cues;
        this.duration = duration;
    }

    /** Parses every file, in order. */
    public static MeetingTranscript fromVtts(List<String> vtts) {
        List<Cue> cues = new ArrayList<>();
        Duration duration = Duration.ZERO;
        for (String vtt : vtts) {
            List<Cue> fileCues = VttParser.parse(vtt);
            cues.addAll(fileCues);
            duration = duration.plus(fileCues.stream().map(Cue::end).max(Duration::compareTo).orElse(Duration.ZERO));
        }
        return new MeetingTranscript(List.copyOf(vtts), List.copyOf(cues), duration);
    }

    /** Whether nothing was transcribed. */
    public boolean isEmpty() {
        return cues.isEmpty();
    }

    /** Consecutive cues of one speaker merged into turns, in time order (built on first use). */
    public synchronized Transcript turns() {
        if (turns == null) {
            turns = Transcript.fromCues(cues);
        }
        return turns;
    }

    /** Named speakers in order of first appearance. */
    public List<String> speakers() {
        return turns().speakers();
    }

    /** The length of the recording: the parts' lengths added up. */
    public Duration duration() {
        return duration;
    }

    /** One {@code [mm:ss] Speaker: text} line per turn, fillers dropped ({@link Transcript#compactText}). */
    public String compactText() {
        return Transcript.compactText(cues);
    }

    /** Zoom's files unchanged, joined by a blank line. */
    public String vtt() {
        return String.join("\n", vtts);
    }
}
