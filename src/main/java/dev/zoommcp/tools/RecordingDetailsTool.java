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

    @Tool(name = NAME, title = "Zoom recording details", description = """
            Lists one recorded meeting's files (video, audio, transcript, chat...) with status, size and URLs; read \
            content with the transcript, chat or summary tool.
            Errors: no such recording (3301).""",
            annotations = @Tool.Annotations(readOnlyHint = true,
                    destructiveHint = false, idempotentHint = true, openWorldHint = true),
            structuredContent = true)
    public Uni<RecordingDetails> getRecordingDetails(
            @ToolArg(name = "zoom_access_token", required = false, description = ToolHints.ACCESS_TOKEN) String accessToken,
            @ToolArg(name = "meeting_id", description = ToolHints.MEETING_ID) String meetingId) {
        return runner.withToken(NAME, accessToken, token -> zoom
                .getMeetingRecordings(token, Arguments.meetingId(meetingId))
                .map(RecordingDetails::from));
    }
}
