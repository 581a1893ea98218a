package dev.zoommcp.tools;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.zoommcp.zoom.model.MeetingRecordings;

/** Result of zoom_get_recording_details: one meeting instance's recording and all its files. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RecordingDetails(
        @JsonPropertyDescription("Numeric meeting id (shared by every instance of a recurring meeting)") Long meetingId,
        @JsonPropertyDescription("UUID of this meeting instance: pass it as meeting_id to address exactly this instance") String uuid,
        String topic,
        @JsonPropertyDescription("ISO-8601 UTC") String startTime,
        @JsonPropertyDescription("Meeting duration in minutes") Integer durationMinutes,
        @JsonPropertyDescription("Total size of all files in bytes") Long totalSizeBytes,
        @JsonPropertyDescription("Whether a TRANSCRIPT file exists (zoom_get_meeting_transcript can read it)") boolean hasTranscript,
        List<RecordingFileInfo> files) {

    static RecordingDetails from(MeetingRecordings m) {
        return new RecordingDetails(m.id(), m.uuid(), m.topic(), m.startTime(), m.duration(), m.totalSize(),
                RecordedMeeting.hasTranscript(m), m.recordingFiles().stream().map(RecordingFileInfo::from).toList());
    }
}
