package dev.zoommcp.tools;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Result of zoom_search_transcripts. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SearchResult(
        @JsonProperty(required = true) String fromDate,
        @JsonProperty(required = true) String toDate,
        @JsonProperty(required = true) int meetingsInRange,
        @JsonProperty(required = true) int meetingsSearched,
        @JsonProperty(required = true) List<Match> matches,
        @JsonProperty(required = true) List<Skipped> skipped,
        Boolean truncated) {

    /** One matching turn, chat message or summary part; best first. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Match(
            @JsonProperty(required = true) Long meetingId,
            @JsonProperty(required = true) String uuid,
            String topic,
            String startTime,
            @JsonProperty(required = true) String source,
            String at,
            String speaker,
            @JsonProperty(required = true) double score,
            @JsonProperty(required = true) String snippet) {
    }

    /** A source of a meeting (no meeting: of all) that could not be searched. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Skipped(Long meetingId, String uuid, String topic, @JsonProperty(required = true) String source,
            @JsonProperty(required = true) String reason) {
    }
}
