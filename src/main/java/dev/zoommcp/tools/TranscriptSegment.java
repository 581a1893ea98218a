package dev.zoommcp.tools;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.zoommcp.transcript.Turn;

/** One speaker turn of a transcript in the segments format. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TranscriptSegment(
        @JsonPropertyDescription("Start, seconds from the recording's start") double startSeconds,
        @JsonPropertyDescription("End, seconds from the recording's start") double endSeconds,
        @JsonPropertyDescription("Full speaker name; absent when Zoom did not identify one") String speaker,
        String text) {

    static TranscriptSegment from(Turn turn) {
        return new TranscriptSegment(turn.start().toMillis() / 1000.0, turn.end().toMillis() / 1000.0, turn.speaker(),
                turn.text());
    }
}
