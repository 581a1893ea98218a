package dev.zoommcp.transcript;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A meeting transcript as speaker turns, in time order. */
public record Transcript(List<Turn> turns) {

    public Transcript {
        turns = List.copyOf(turns);
    }

    /** Parses Zoom's WebVTT (TRANSCRIPT or CC file) into turns. */
    public static Transcript fromVtt(String vtt) {
        return fromCues(VttParser.parse(vtt));
    }

    /**
     * Merges consecutive cues by the same named speaker into one turn. Cues without a speaker are kept apart: in caption
     * files every cue lacks one, and merging them would lose the timeline.
     */
    public static Transcript fromCues(List<Cue> cues) {
        List<Turn> turns = new ArrayList<>();
        Cue first = null;
        Cue last = null;
        StringBuilder text = new StringBuilder();
        for (Cue cue : cues) {
            if (last != null && last.speaker() != null && Objects.equals(last.speaker(), cue.speaker())) {
                text.append(' ').append(cue.text());
            } else {
                if (first != null) {
                    turns.add(new Turn(first.start(), last.end(), first.speaker(), text.toString()));
                }
                first = cue;
                text.setLength(0);
                text.append(cue.text());
            }
            last = cue;
        }
        if (first != null) {
            turns.add(new Turn(first.start(), last.end(), first.speaker(), text.toString()));
        }
        return new Transcript(turns);
    }

    /** Named speakers in order of first appearance. */
    public List<String> speakers() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (Turn turn : turns) {
            if (turn.speaker() != null) {
                names.add(turn.speaker());
            }
        }
        return List.copyOf(names);
    }

    /** End of the last turn (zero when empty). */
    public Duration duration() {
        return turns.stream().map(Turn::end).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /**
     * Compact text of Zoom's VTT for a model to read: one {@code [mm:ss] Speaker: text} line per speaker turn
     * ({@code [h:mm:ss]} past an hour). Filler-only cues ("Hmm.", "Mm-hmm.") are dropped before consecutive cues are
     * merged, so an interjection does not split a turn; speakers appear by first name when that is unambiguous in the
     * meeting (full names are in {@link #speakers()}).
     *
     * @param cues parsed with {@link VttParser#parse(String)}
     */
    public static String compactText(List<Cue> cues) {
        Transcript transcript = fromCues(cues.stream().filter(cue -> !Fillers.isFiller(cue.text())).toList());
        Map<String, String> labels = SpeakerLabels.forSpeakers(transcript.speakers());
        StringBuilder sb = new StringBuilder();
        for (Turn turn : transcript.turns()) {
            sb.append('[').append(Timestamps.format(turn.start())).append("] ");
            if (turn.speaker() != null) {
                sb.append(labels.get(turn.speaker())).append(": ");
            }
            sb.append(turn.text()).append('\n');
        }
        return sb.toString();
    }
}
