package dev.zoommcp.tools;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.zoommcp.zoom.api.model.MeetingRecordings;
import dev.zoommcp.zoom.api.model.RecordingFile;

/** One recorded meeting instance in a zoom_list_recordings result. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RecordedMeeting(
        @JsonProperty(required = true) Long meetingId,
        @JsonProperty(required = true) String uuid,
        String topic,
        String startTime,
        Integer durationMinutes,
        Long totalSizeBytes,
        @JsonProperty(required = true) List<String> fileTypes,
        @JsonProperty(required = true) boolean hasTranscript,
        @JsonProperty(required = true) List<File> files) {

    /** A file in brief. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record File(
            String fileType,
            Long fileSize,
            String status) {
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
