package dev.zoommcp.tools;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Result of zoom_get_meeting_transcript: one page of the transcript in the requested format. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TranscriptResult(
        @JsonPropertyDescription("Numeric meeting id") Long meetingId,
        @JsonPropertyDescription("UUID of the meeting instance the transcript belongs to") String uuid,
        String topic,
        @JsonPropertyDescription("ISO-8601 UTC") String startTime,
        @JsonPropertyDescription("TRANSCRIPT (audio transcript, with speakers) or CC (closed captions, no speakers)") String source,
        @JsonPropertyDescription("text, segments or vtt") String format,
        @JsonPropertyDescription("Full names of the identified speakers, in order of first appearance") List<String> speakers,
        @JsonPropertyDescription("Transcript length in seconds") long durationSeconds,
        @JsonPropertyDescription("Characters of the whole transcript in this format, all pages together") int totalChars,
        @JsonPropertyDescription("This page, for format text (one '[mm:ss] Speaker: text' line per turn) or vtt") String transcript,
        @JsonPropertyDescription("This page, for format segments") List<TranscriptSegment> segments,
        @JsonPropertyDescription("Pass as cursor (same meeting_id and format) for the next page; absent on the last page") String nextCursor) {
}
