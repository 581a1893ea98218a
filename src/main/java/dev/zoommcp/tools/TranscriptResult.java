package dev.zoommcp.tools;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Result of zoom_get_meeting_transcript. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TranscriptResult(
        @JsonPropertyDescription("Numeric meeting id") Long meetingId,
        @JsonPropertyDescription("UUID of the meeting instance the transcript belongs to") String uuid,
        String topic,
        @JsonPropertyDescription("ISO-8601 UTC") String startTime,
        @JsonPropertyDescription("Named speakers in order of first appearance") List<String> speakers,
        @JsonPropertyDescription("Transcript length in seconds") long durationSeconds,
        @JsonPropertyDescription("One line per speaker turn: [mm:ss] Speaker: text") String transcript) {
}
