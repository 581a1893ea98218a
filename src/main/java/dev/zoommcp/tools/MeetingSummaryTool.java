package dev.zoommcp.tools;

import jakarta.inject.Inject;

import dev.zoommcp.zoom.ZoomException;
import dev.zoommcp.zoom.ZoomGateway;
import io.quarkiverse.mcp.server.Tool;
import io.quarkiverse.mcp.server.ToolArg;
import io.quarkiverse.mcp.server.ToolCallException;
import io.smallrye.mutiny.Uni;

/** zoom_get_meeting_summary: Zoom AI Companion's meeting summary. */
public class MeetingSummaryTool {

    static final String NAME = "zoom_get_meeting_summary";

    @Inject
    ZoomGateway zoom;

    @Inject
    ToolRunner runner;

    @Tool(name = NAME, title = "Zoom AI meeting summary", description = """
            Returns the AI Companion summary of one meeting; prefer the host's edited_* fields if present.
            Errors: no summary (off, encrypted, not ready): try the uuid, else the transcript; missing scope: user must \
            reauthorize.""",
            annotations = @Tool.Annotations(readOnlyHint = true,
                    destructiveHint = false, idempotentHint = true, openWorldHint = true),
            structuredContent = true)
    public Uni<MeetingSummaryResult> getMeetingSummary(
            @ToolArg(name = "zoom_access_token", required = false, description = ToolHints.ACCESS_TOKEN) String accessToken,
            @ToolArg(name = "meeting_id", description = ToolHints.MEETING_ID) String meetingId) {
        return runner.withToken(NAME, accessToken, token -> zoom.getMeetingSummary(token, Arguments.meetingId(meetingId))
                .map(MeetingSummaryResult::from)
                .onFailure(ZoomException::isNoMeetingSummary).transform(MeetingSummaryTool::noSummary));
    }

    private static ToolCallException noSummary(Throwable failure) {
        return new ToolCallException("Zoom has no AI Companion summary for this meeting ("
                + ((ZoomException) failure).describe() + "). Summaries exist only when the host's account (paid plan)"
                + " has 'Meeting Summary with AI Companion' turned on, never for end-to-end encrypted meetings, and"
                + " appear a few minutes after the meeting ends. For a recurring meeting pass the instance uuid from"
                + " zoom_list_recordings. To know what was said anyway, use zoom_get_meeting_transcript.");
    }
}
