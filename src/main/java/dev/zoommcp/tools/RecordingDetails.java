package dev.zoommcp.tools;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.zoommcp.zoom.api.model.MeetingRecordings;

/** Result of zoom_get_recording_details: one meeting instance's recording and all its files. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RecordingDetails(
        @JsonProperty(required = true) Long meetingId,
        @JsonProperty(required = true) String uuid,
        String topic,
        String startTime,
        Integer durationMinutes,
        Long totalSizeBytes,
        @JsonProperty(required = true) boolean hasTranscript,
        @JsonProperty(required = true) List<RecordingFileInfo> files) {

    static RecordingDetails from(MeetingRecordings m) {
        return new RecordingDetails(m.id(), m.uuid(), m.topic(), m.startTime(), m.duration(), m.totalSize(),
                RecordedMeeting.hasTranscript(m), m.recordingFiles().stream().map(RecordingFileInfo::from).toList());
    }
}
