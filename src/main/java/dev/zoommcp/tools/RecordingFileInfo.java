package dev.zoommcp.tools;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.zoommcp.zoom.model.RecordingFile;

/** One file of a recording, as the tools report it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RecordingFileInfo(
        @JsonPropertyDescription("File id; absent for CC and TIMELINE files") String id,
        @JsonPropertyDescription("MP4, M4A, TRANSCRIPT, CC, CHAT, TIMELINE, SUMMARY, CSV, TB, ...") String fileType,
        @JsonPropertyDescription("MP4, M4A, VTT, TXT, JSON, ...") String fileExtension,
        @JsonPropertyDescription("e.g. shared_screen_with_speaker_view, audio_only, audio_transcript, chat_file") String recordingType,
        @JsonPropertyDescription("completed or processing; absent for CC and TIMELINE files") String status,
        @JsonPropertyDescription("Size in bytes") Long fileSize,
        @JsonPropertyDescription("ISO-8601 UTC") String recordingStart,
        @JsonPropertyDescription("ISO-8601 UTC") String recordingEnd,
        @JsonPropertyDescription("Zoom web player URL (needs a Zoom login)") String playUrl,
        @JsonPropertyDescription("Download URL; requires 'Authorization: Bearer <access token>'") String downloadUrl) {

    static RecordingFileInfo from(RecordingFile f) {
        return new RecordingFileInfo(f.id(), f.fileType(), f.fileExtension(), f.recordingType(), f.status(),
                f.fileSize(), f.recordingStart(), f.recordingEnd(), f.playUrl(), f.downloadUrl());
    }
}
