package dev.zoommcp.tools;

import java.util.List;

import jakarta.inject.Inject;

import dev.zoommcp.transcript.Transcript;
import dev.zoommcp.zoom.AccessToken;
import dev.zoommcp.zoom.ZoomGateway;
import dev.zoommcp.zoom.model.MeetingRecordings;
import dev.zoommcp.zoom.model.RecordingFile;
import io.quarkiverse.mcp.server.Tool;
import io.quarkiverse.mcp.server.ToolArg;
import io.quarkiverse.mcp.server.ToolCallException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** zoom_get_meeting_transcript: what was said in a recorded meeting, as speaker turns. */
public class MeetingTranscriptTool {

    @Inject
    ZoomGateway zoom;

    @Inject
    ToolRunner runner;

    @Inject
    CallerToken callerToken;

    @Tool(name = "zoom_get_meeting_transcript", description = """
            Reads the audio transcript of a recorded Zoom meeting and returns it as compact speaker turns, one line \
            each: '[mm:ss] Speaker: text' (consecutive lines of one speaker merged), plus the list of speakers and \
            the duration. Read-only.
            Use it to know what was said, decided or assigned in a meeting; find the meeting first with \
            zoom_list_recordings (has_transcript tells whether one exists).
            Needs Zoom's 'Create audio transcript' cloud-recording setting; transcripts appear some minutes after \
            the recording. Falls back to closed captions (CC) when there is no transcript file.
            Errors: no transcript (not enabled, or still processing: retry later); meeting not found; access token \
            invalid or expired (call zoom_refresh_token); rate limit.""",
            annotations = @Tool.Annotations(title = "Get Zoom meeting transcript", readOnlyHint = true,
                    destructiveHint = false, idempotentHint = true, openWorldHint = true),
            structuredContent = true)
    public Uni<TranscriptResult> getMeetingTranscript(
            @ToolArg(name = "zoom_access_token", required = false, description = ToolHints.ACCESS_TOKEN) String accessToken,
            @ToolArg(name = "meeting_id", description = ToolHints.MEETING_ID) String meetingId) {
        String rawToken = callerToken.resolve(accessToken);
        return runner.run(() -> {
            AccessToken token = Arguments.accessToken(rawToken);
            return zoom.getMeetingRecordings(token, Arguments.meetingId(meetingId))
                    .chain(meeting -> read(token, meeting, TranscriptFiles.choose(meeting)));
        }, rawToken);
    }

    private Uni<TranscriptResult> read(AccessToken token, MeetingRecordings meeting, List<RecordingFile> files) {
        return Multi.createFrom().iterable(files)
                .onItem().transformToUniAndConcatenate(file -> zoom.downloadText(token, file.downloadUrl()))
                .map(Transcript::fromVtt)
                .collect().asList()
                .map(parts -> {
                    Transcript all = new Transcript(parts.stream().flatMap(t -> t.turns().stream()).toList());
                    if (all.turns().isEmpty()) {
                        throw new ToolCallException("The meeting's transcript file is empty: nothing was"
                                + " transcribed (no speech, or the audio could not be processed).");
                    }
                    return new TranscriptResult(meeting.id(), meeting.uuid(), meeting.topic(), meeting.startTime(),
                            all.speakers(), totalSeconds(parts), all.toText());
                });
    }

    private static long totalSeconds(List<Transcript> parts) {
        return parts.stream().mapToLong(t -> t.duration().toSeconds()).sum();
    }
}
