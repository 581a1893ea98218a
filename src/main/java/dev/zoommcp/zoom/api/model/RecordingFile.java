package dev.zoommcp.zoom.api.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One file of a cloud recording. {@code file_type} is MP4, M4A, TRANSCRIPT, CC, CHAT, TIMELINE, SUMMARY, CSV, TB, ...;
 * there is no file name; CC and TIMELINE files have no {@code id} and no {@code status}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RecordingFile(
        String id,
        String meetingId,
        String recordingStart,
        String recordingEnd,
        String fileType,
        String fileExtension,
        Long fileSize,
        String playUrl,
        String downloadUrl,
        String status,
        String recordingType) {

    public static final String TRANSCRIPT = "TRANSCRIPT";

    public boolean isType(String type) {
        return type.equalsIgnoreCase(fileType);
    }

    /** Whether the file can be downloaded now: completed, or without a status (CC and TIMELINE have none). */
    public boolean isReady() {
        return status == null || "completed".equalsIgnoreCase(status);
    }
}
