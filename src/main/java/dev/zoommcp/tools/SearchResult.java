package dev.zoommcp.tools;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Result of zoom_search_transcripts. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SearchResult(
        String query,
        @JsonPropertyDescription("yyyy-MM-dd (UTC)") String fromDate,
        @JsonPropertyDescription("yyyy-MM-dd (UTC)") String toDate,
        @JsonPropertyDescription("Recorded meetings in the range") int meetingsInRange,
        @JsonPropertyDescription("Meetings whose transcript was searched (newest first, up to max_meetings)") int meetingsSearched,
        @JsonPropertyDescription("Matching speaker turns, newest meeting first, in time order within a meeting") List<Match> matches,
        @JsonPropertyDescription("Meetings that could not be searched, and why") List<Skipped> skipped,
        @JsonPropertyDescription("Present and true when more meetings or matches exist than this call returns: narrow the range or raise the limits") Boolean truncated) {

    /** One matching turn. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Match(
            Long meetingId,
            @JsonPropertyDescription("Instance uuid: pass as meeting_id to zoom_get_meeting_transcript for the full text") String uuid,
            String topic,
            @JsonPropertyDescription("Meeting start, ISO-8601 UTC") String startTime,
            @JsonPropertyDescription("Where in the recording, [mm:ss]") String at,
            @JsonPropertyDescription("Seconds from the recording's start") long seconds,
            @JsonPropertyDescription("Absent when Zoom did not identify the speaker") String speaker,
            @JsonPropertyDescription("The turn's text around the match") String snippet) {
    }

    /** A meeting whose transcript could not be searched. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Skipped(Long meetingId, String uuid, String topic, String reason) {
    }
}
