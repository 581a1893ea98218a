package dev.zoommcp.tools;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.zoommcp.zoom.api.PasscodeParameters;
import dev.zoommcp.zoom.api.model.RecordingFile;

/** One file of a recording, as the tools report it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RecordingFileInfo(
        String id,
        String fileType,
        String fileExtension,
        String recordingType,
        String status,
        Long fileSize,
        String recordingStart,
        String recordingEnd,
        String playUrl,
        @JsonPropertyDescription("Needs a Bearer token") String downloadUrl) {

    static RecordingFileInfo from(RecordingFile f) {
        return new RecordingFileInfo(f.id(), f.fileType(), f.fileExtension(), f.recordingType(), f.status(),
                f.fileSize(), f.recordingStart(), f.recordingEnd(), PasscodeParameters.removedFrom(f.playUrl()),
                f.downloadUrl());
    }
}
