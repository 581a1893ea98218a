package dev.zoommcp.tools;

import java.util.List;

import dev.zoommcp.zoom.model.MeetingRecordings;
import dev.zoommcp.zoom.model.RecordingFile;
import io.quarkiverse.mcp.server.ToolCallException;

/**
 * Which files of a recording hold its transcript: the completed TRANSCRIPT files (Zoom's audio transcript, with speaker
 * names); failing that, the CC files (closed captions, no speaker names). Otherwise an error that says why there is
 * nothing to read.
 */
final class TranscriptFiles {

    static final String CAPTIONS = "CC";

    private TranscriptFiles() {
    }

    /** The files to read and their type: TRANSCRIPT or CC. */
    record Selection(String fileType, List<RecordingFile> files) {
    }

    static Selection choose(MeetingRecordings meeting) {
        List<RecordingFile> transcripts = ready(meeting, RecordingFile.TRANSCRIPT);
        if (!transcripts.isEmpty()) {
            return new Selection(RecordingFile.TRANSCRIPT, transcripts);
        }
        boolean processing = meeting.recordingFiles().stream()
                .anyMatch(f -> f.isType(RecordingFile.TRANSCRIPT) && !f.isReady());
        List<RecordingFile> captions = ready(meeting, CAPTIONS);
        if (!captions.isEmpty()) {
            return new Selection(CAPTIONS, captions);
        }
        if (processing) {
            throw new ToolCallException("The transcript of meeting " + meeting.id() + " is still being processed by"
                    + " Zoom. Try again in a few minutes.");
        }
        throw new ToolCallException("Meeting " + meeting.id() + " (" + meeting.topic() + ") has no transcript: its"
                + " recording has no TRANSCRIPT or CC file. Zoom creates one only when 'Create audio transcript' is"
                + " enabled in the cloud-recording settings; the recording's audio files are not transcribed here.");
    }

    private static List<RecordingFile> ready(MeetingRecordings meeting, String type) {
        return meeting.recordingFiles().stream()
                .filter(f -> f.isType(type) && f.isReady() && f.downloadUrl() != null)
                .toList();
    }
}
