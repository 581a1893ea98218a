package dev.zoommcp.tools;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.zoommcp.zoom.model.MeetingAiSummary;

/** Result of zoom_get_meeting_summary: Zoom AI Companion's summary of one meeting instance. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MeetingSummaryResult(
        @JsonPropertyDescription("Numeric meeting id") Long meetingId,
        @JsonPropertyDescription("UUID of the meeting instance") String uuid,
        String topic,
        @JsonPropertyDescription("ISO-8601 UTC") String startTime,
        @JsonPropertyDescription("ISO-8601 UTC") String endTime,
        String title,
        @JsonPropertyDescription("One-paragraph overview") String overview,
        @JsonPropertyDescription("Labelled sections (topics discussed)") List<Section> sections,
        @JsonPropertyDescription("Next steps / action items as AI Companion wrote them") List<String> nextSteps,
        @JsonPropertyDescription("The host's hand-edited summary, when the host edited it: prefer it over the above") String editedSummary,
        @JsonPropertyDescription("The host's hand-edited next steps, when edited") List<String> editedNextSteps) {

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
