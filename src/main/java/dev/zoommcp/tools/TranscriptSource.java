package dev.zoommcp.tools;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.zoommcp.transcript.VttParser;
import dev.zoommcp.zoom.AccessToken;
import dev.zoommcp.zoom.api.model.MeetingRecordings;
import dev.zoommcp.zoom.api.model.RecordingFile;
import io.quarkiverse.mcp.server.ToolCallException;
import io.smallrye.mutiny.Uni;

/**
 * The transcript of a recording, as WebVTT texts: the completed TRANSCRIPT files (speaker names); failing that, or
 * when they cannot be downloaded, the CC files (closed captions, no speakers). Otherwise an error that says why there
 * is nothing to read.
 */
@ApplicationScoped
class TranscriptSource {

    static final String CAPTIONS = "CC";

    /** The VTT files read and their type: TRANSCRIPT or CC. */
    record Loaded(String fileType, List<String> vtts) {
    }

    private final RecordingFileReader reader;

    TranscriptSource(RecordingFileReader reader) {
        this.reader = reader;
    }

    Uni<Loaded> load(AccessToken token, MeetingRecordings meeting) {
        List<RecordingFile> transcripts = meeting.readyFiles(RecordingFile.TRANSCRIPT);
        List<RecordingFile> captions = meeting.readyFiles(CAPTIONS);
        if (transcripts.isEmpty() && captions.isEmpty()) {
            return Uni.createFrom().failure(nothingToRead(meeting));
        }
        Uni<Loaded> loaded = transcripts.isEmpty()
                ? read(token, CAPTIONS, captions)
                : read(token, RecordingFile.TRANSCRIPT, transcripts)
                        .onFailure(failure -> RecordingFileReader.isUnavailableFile(failure) && !captions.isEmpty())
                        .recoverWithUni(() -> read(token, CAPTIONS, captions));
        return loaded.onFailure(RecordingFileReader::isUnavailableFile)
                .transform(failure -> RecordingFileReader.unavailable("transcript", failure));
    }

    private Uni<Loaded> read(AccessToken token, String type, List<RecordingFile> files) {
        return reader.readAll(token, files)
                .map(vtts -> {
                    for (String vtt : vtts) {
                        if (!VttParser.isWebVtt(vtt)) {
                            throw new ToolCallException("Zoom's " + type + " file for this meeting is not WebVTT,"
                                    + " so it cannot be read as a transcript; format=vtt will not help either.");
                        }
                    }
                    return new Loaded(type, vtts);
                });
    }

    private static ToolCallException nothingToRead(MeetingRecordings meeting) {
        if (meeting.isProcessing(RecordingFile.TRANSCRIPT, CAPTIONS)) {
            return new ToolCallException("The transcript of meeting " + meeting.id() + " is still being processed by"
                    + " Zoom. Try again in a few minutes.");
        }
        return new ToolCallException("Meeting " + meeting.id() + " (" + meeting.topic() + ") has no transcript: its"
                + " recording has no TRANSCRIPT or CC file. Zoom creates one only when 'Create audio transcript' is"
                + " enabled in the cloud-recording settings; the recording's audio files are not transcribed here.");
    }
}
