package dev.zoommcp.zoom.api.model;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A meeting instance's cloud recording, as in {@code GET /meetings/{id}/recordings} and in each element of the list.
 * Passcodes and {@code download_access_token} are deliberately not mapped: they never reach a tool result.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MeetingRecordings(
        String uuid,
        Long id,
        String hostId,
        String topic,
        Integer type,
        String startTime,
        Integer duration,
        Long totalSize,
        Integer recordingCount,
        List<RecordingFile> recordingFiles) {

    public List<RecordingFile> recordingFiles() {
        return recordingFiles == null ? List.of() : recordingFiles;
    }

    /** What tells this meeting instance apart: its uuid, else its id and start time. */
    public String instanceKey() {
        return uuid != null ? uuid : id + "@" + startTime;
    }

    /** The files of this type that Zoom has finished processing and that can be downloaded. */
    public List<RecordingFile> readyFiles(String type) {
        return recordingFiles().stream().filter(f -> f.isType(type) && f.isReady() && f.downloadUrl() != null).toList();
    }

    /** Whether a file of one of these types exists but Zoom is still processing it. */
    public boolean isProcessing(String... types) {
        return recordingFiles().stream().anyMatch(f -> !f.isReady() && java.util.Arrays.stream(types).anyMatch(f::isType));
    }
}
