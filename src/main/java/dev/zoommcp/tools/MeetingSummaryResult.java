package dev.zoommcp.tools;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.zoommcp.zoom.api.model.MeetingAiSummary;

/** Result of zoom_get_meeting_summary: Zoom AI Companion's summary of one meeting instance. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MeetingSummaryResult(
        Long meetingId,
        String uuid,
        String topic,
        String startTime,
        String endTime,
        String title,
        String overview,
        @JsonProperty(required = true) List<Section> sections,
        @JsonProperty(required = true) List<String> nextSteps,
        String editedSummary,
        List<String> editedNextSteps) {

    /** One labelled section. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Section(String label, String summary) {
    }

    static MeetingSummaryResult from(MeetingAiSummary s) {
        List<Section> sections = s.summaryDetails() == null ? List.of()
                : s.summaryDetails().stream().map(d -> new Section(d.label(), d.summary())).toList();
        MeetingAiSummary.Edited edited = s.editedSummary();
        return new MeetingSummaryResult(s.meetingId(), s.meetingUuid(), s.meetingTopic(), s.meetingStartTime(),
                s.meetingEndTime(), s.summaryTitle(), s.summaryOverview(), sections,
                s.nextSteps() == null ? List.of() : s.nextSteps(),
                edited == null ? null : edited.summaryDetails(), edited == null ? null : edited.nextSteps());
    }
}
