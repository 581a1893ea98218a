package dev.zoommcp.tools;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.zoommcp.zoom.model.MeetingRecordings;
import dev.zoommcp.zoom.model.RecordingFile;

/** One recorded meeting instance in a zoom_list_recordings result. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RecordedMeeting(
        @JsonPropertyDescription("Numeric meeting id; means the latest instance when passed as meeting_id") Long meetingId,
        @JsonPropertyDescription("UUID of this instance: pass it as meeting_id to address exactly this recording") String uuid,
        String topic,
        @JsonPropertyDescription("ISO-8601 UTC") String startTime,
        @JsonPropertyDescription("Meeting duration in minutes") Integer durationMinutes,
        @JsonPropertyDescription("Total size of all files in bytes") Long totalSizeBytes,
        @JsonPropertyDescription("Distinct file types, e.g. [MP4, M4A, TRANSCRIPT, CHAT]") List<String> fileTypes,
        @JsonPropertyDescription("Whether a TRANSCRIPT file exists") boolean hasTranscript,
        @JsonPropertyDescription("Each file's type, size and status (details: zoom_get_recording_details)") List<File> files) {

    /** A file in brief. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record File(
            String fileType,
            @JsonPropertyDescription("Bytes") Long fileSize,
            @JsonPropertyDescription("completed or processing; absent for CC and TIMELINE") String status) {
    }

    static RecordedMeeting from(MeetingRecordings m) {
        List<String> types = m.recordingFiles().stream().map(RecordingFile::fileType)
                .filter(t -> t != null).distinct().toList();
        List<File> files = m.recordingFiles().stream().map(f -> new File(f.fileType(), f.fileSize(), f.status()))
                .toList();
        return new RecordedMeeting(m.id(), m.uuid(), m.topic(), m.startTime(), m.duration(), m.totalSize(), types,
                hasTranscript(m), files);
    }

    static boolean hasTranscript(MeetingRecordings m) {
        return m.recordingFiles().stream().anyMatch(f -> f.isType(RecordingFile.TRANSCRIPT));
    }
}
