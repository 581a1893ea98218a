package dev.zoommcp.tools;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Result of zoom_get_meeting_transcript: one page of the transcript in the requested format. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TranscriptResult(
        @JsonProperty(required = true) Long meetingId,
        @JsonProperty(required = true) String uuid,
        String topic,
        String startTime,
        @JsonPropertyDescription("CC = captions, no speakers") @JsonProperty(required = true) String source,
        @JsonProperty(required = true) String format,
        @JsonProperty(required = true) List<String> speakers,
        @JsonProperty(required = true) long durationSeconds,
        @JsonProperty(required = true) int totalChars,
        String transcript,
        List<TranscriptSegment> segments,
        String nextCursor) {
}
