package dev.zoommcp.tools;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.zoommcp.transcript.Turn;

/** One speaker turn of a transcript in the segments format. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TranscriptSegment(
        @JsonProperty(required = true) double startSeconds,
        @JsonProperty(required = true) double endSeconds,
        String speaker,
        @JsonProperty(required = true) String text) {

    static TranscriptSegment from(Turn turn) {
        return new TranscriptSegment(turn.start().toMillis() / 1000.0, turn.end().toMillis() / 1000.0, turn.speaker(),
                turn.text());
    }
}
