package dev.zoommcp.zoom.api.model;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code GET /meetings/{meetingId}/meeting_summary}: the AI Companion summary of a meeting instance. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MeetingAiSummary(
        Long meetingId,
        String meetingUuid,
        String meetingTopic,
        String meetingStartTime,
        String meetingEndTime,
        String summaryTitle,
        String summaryOverview,
        List<Detail> summaryDetails,
        List<String> nextSteps,
        Edited editedSummary,
        String summaryLastModifiedTime) {

    /** One labelled section of the summary. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Detail(String label, String summary) {
    }

    /** What the host changed by hand, when they did. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Edited(String summaryDetails, List<String> nextSteps) {
    }
}
