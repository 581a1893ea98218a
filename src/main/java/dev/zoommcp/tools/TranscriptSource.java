package dev.zoommcp.tools;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import dev.zoommcp.transcript.MeetingTranscript;
import dev.zoommcp.transcript.VttParser;
import dev.zoommcp.zoom.AccessToken;
import dev.zoommcp.zoom.CallerCache;
import dev.zoommcp.zoom.ZoomGateway;
import dev.zoommcp.zoom.api.model.MeetingRecordings;
import dev.zoommcp.zoom.api.model.RecordingFile;
import io.quarkiverse.mcp.server.ToolCallException;
import io.smallrye.mutiny.Uni;

/**
 * The transcript of a recording, parsed: the completed TRANSCRIPT files (speaker names); failing that, or when they
 * cannot be downloaded, the CC files (closed captions, no speakers). Otherwise an error that says why there is nothing
 * to read. Kept in the caller's {@link CallerCache} per meeting instance.
 */
@ApplicationScoped
class TranscriptSource {

    static final String CAPTIONS = "CC";

    /** The transcript and the type of the files it was read from: TRANSCRIPT or CC. */
    record Loaded(String fileType, MeetingTranscript transcript) {

        /** Estimated heap: the files as Zoom wrote them, their cues and turns (about four bytes per character). */
        long bytes() {
            return 512 + 4L * transcript.vtt().length();
        }
    }

    private final RecordingFileReader reader;
    private final CallerCache cache;

    TranscriptSource(RecordingFileReader reader, CallerCache cache) {
        this.reader = reader;
        this.cache = cache;
    }

    Uni<Loaded> load(AccessToken token, MeetingRecordings meeting) {
        return load(token, meeting, ZoomGateway.NO_WAIT);
    }

    /** {@link #load(AccessToken, MeetingRecordings)}, awaiting {@code beforeDownload} only when Zoom is asked. */
    Uni<Loaded> load(AccessToken token, MeetingRecordings meeting, Supplier<Uni<Void>> beforeDownload) {
        return cache.get(token, CallerCache.Kind.TRANSCRIPT, meeting.instanceKey(),
                () -> download(token, meeting, beforeDownload), Loaded::bytes);
    }

    private Uni<Loaded> download(AccessToken token, MeetingRecordings meeting, Supplier<Uni<Void>> beforeDownload) {
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
        return beforeDownload.get().chain(() -> loaded).onFailure(RecordingFileReader::isUnavailableFile)
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
                    return new Loaded(type, MeetingTranscript.fromVtts(vtts));
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
