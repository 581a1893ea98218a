package dev.zoommcp.tools;

import java.util.List;

import jakarta.inject.Inject;

import dev.zoommcp.transcript.MeetingTranscript;
import dev.zoommcp.transcript.Paging;
import dev.zoommcp.zoom.ZoomGateway;
import dev.zoommcp.zoom.api.model.MeetingRecordings;
import io.quarkiverse.mcp.server.Tool;
import io.quarkiverse.mcp.server.ToolArg;
import io.quarkiverse.mcp.server.ToolCallException;
import io.smallrye.mutiny.Uni;

/** zoom_get_meeting_transcript: what was said in a recorded meeting, as speaker turns, segments or raw VTT. */
public class MeetingTranscriptTool {

    static final String NAME = "zoom_get_meeting_transcript";

    @Inject
    ZoomGateway zoom;

    @Inject
    TranscriptSource transcripts;

    @Inject
    ToolRunner runner;

    @Tool(name = NAME, title = "Zoom meeting transcript", description = """
            Returns what was said in one recorded meeting, in pages; captions if no transcript. To read or quote a \
            meeting (to find a topic: zoom_search_transcripts).
            Errors: no transcript or captions (try the summary); processing: retry later.""",
            annotations = @Tool.Annotations(readOnlyHint = true,
                    destructiveHint = false, idempotentHint = true, openWorldHint = true),
            structuredContent = true)
    public Uni<TranscriptResult> getMeetingTranscript(
            @ToolArg(name = "zoom_access_token", required = false, description = ToolHints.ACCESS_TOKEN) String accessToken,
            @ToolArg(name = "meeting_id", description = ToolHints.MEETING_ID) String meetingId,
            @ToolArg(name = "format", required = false, description = "text: turns, segments: JSON, vtt: raw") String format,
            @ToolArg(name = "max_chars", required = false, description = ToolHints.MAX_CHARS) Integer maxChars,
            @ToolArg(name = "cursor", required = false, description = "From next_cursor") String cursor) {
        return runner.withToken(NAME, accessToken, token -> {
            String id = Arguments.meetingId(meetingId);
            TranscriptFormat chosenFormat = TranscriptFormat.parse(format);
            int pageChars = Arguments.maxChars(maxChars);
            int position = PageCursor.positionFor(cursor, chosenFormat.wireName(), id, TranscriptFormat.wireNames(), NAME);
            return zoom.getMeetingRecordings(token, id).chain(meeting -> transcripts.load(token, meeting)
                    .map(loaded -> render(id, meeting, loaded.fileType(), loaded.transcript(), chosenFormat, position,
                            pageChars)));
        });
    }

    private static TranscriptResult render(String meetingId, MeetingRecordings meeting, String source,
            MeetingTranscript transcript, TranscriptFormat format, int position, int maxChars) {
        if (transcript.isEmpty()) {
            throw new ToolCallException("The transcript of meeting " + meeting.id() + " is empty: nothing was"
                    + " transcribed (no speech, or Zoom could not process the audio).");
        }
        String text = null;
        List<TranscriptSegment> segments = null;
        int total;
        int next;
        if (format == TranscriptFormat.SEGMENTS) {
            List<TranscriptSegment> all = transcript.turns().turns().stream().map(TranscriptSegment::from).toList();
            total = all.stream().mapToInt(s -> s.text().length()).sum();
            Paging.Page<List<TranscriptSegment>> page = Paging.ofItems(all, position, maxChars, s -> s.text().length());
            segments = page.content();
            next = page.next();
        } else {
            String whole = format == TranscriptFormat.VTT ? transcript.vtt() : transcript.compactText();
            total = whole.length();
            Paging.Page<String> page = Paging.ofText(whole, position, maxChars);
            text = page.content();
            next = page.next();
        }
        String nextCursor = next < 0 ? null : new PageCursor(format.wireName(), meetingId, next).encode();
        return new TranscriptResult(meeting.id(), meeting.uuid(), meeting.topic(), meeting.startTime(), source,
                format.wireName(), transcript.speakers(), transcript.duration().toSeconds(), total, text, segments,
                nextCursor);
    }
}
