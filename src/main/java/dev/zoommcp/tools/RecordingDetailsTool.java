package dev.zoommcp.tools;

import jakarta.inject.Inject;

import dev.zoommcp.zoom.ZoomGateway;
import io.quarkiverse.mcp.server.Tool;
import io.quarkiverse.mcp.server.ToolArg;
import io.smallrye.mutiny.Uni;

/** zoom_get_recording_details: one meeting's recording and files. */
public class RecordingDetailsTool {

    static final String NAME = "zoom_get_recording_details";

    @Inject
    ZoomGateway zoom;

    @Inject
    ToolRunner runner;

    @Inject
    CallerToken callerToken;

    @Tool(name = NAME, description = """
            Gets one recorded meeting instance from Zoom: topic, start time, duration, and every recording file \
            (type MP4/M4A/TRANSCRIPT/CC/CHAT/TIMELINE/SUMMARY..., status, size, start/end, play and download URLs), \
            plus has_transcript. Read-only.
            Use it to see what a meeting's recording contains; use zoom_list_recordings to find meetings, then \
            zoom_get_meeting_transcript, zoom_get_meeting_chat (needs a CHAT file) or zoom_get_meeting_summary to \
            read it.
            Errors: meeting not found or not recorded (check the id with zoom_list_recordings); access token invalid \
            or expired (renew: zoom_refresh_token, or zoom_get_access_token for server-to-server apps); rate limit (wait as told).""",
            annotations = @Tool.Annotations(title = "Get Zoom recording details", readOnlyHint = true,
                    destructiveHint = false, idempotentHint = true, openWorldHint = true),
            structuredContent = true)
    public Uni<RecordingDetails> getRecordingDetails(
            @ToolArg(name = "zoom_access_token", required = false, description = ToolHints.ACCESS_TOKEN) String accessToken,
            @ToolArg(name = "meeting_id", description = ToolHints.MEETING_ID) String meetingId) {
        String token = callerToken.resolve(accessToken);
        return runner.run(NAME, () -> zoom
                .getMeetingRecordings(Arguments.accessToken(token), Arguments.meetingId(meetingId))
                .map(RecordingDetails::from), token);
    }
}
