package dev.zoommcp.tools;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import dev.zoommcp.chat.ChatMessage;
import dev.zoommcp.transcript.Paging;
import dev.zoommcp.zoom.ZoomGateway;
import dev.zoommcp.zoom.api.model.MeetingRecordings;
import io.quarkiverse.mcp.server.Tool;
import io.quarkiverse.mcp.server.ToolArg;
import io.smallrye.mutiny.Uni;

/** zoom_get_meeting_chat: the in-meeting chat saved with a cloud recording. */
public class MeetingChatTool {

    static final String NAME = "zoom_get_meeting_chat";

    private static final String CURSOR_KIND = "chat";

    @Inject
    ZoomGateway zoom;

    @Inject
    ChatSource chats;

    @Inject
    ToolRunner runner;

    @Tool(name = NAME, title = "Zoom meeting chat", description = """
            Returns the chat typed in one recorded meeting, message by message: links and decisions people wrote \
            (across meetings: zoom_search_transcripts).
            Errors: no chat file (nobody wrote, not saved); processing: retry.""",
            annotations = @Tool.Annotations(readOnlyHint = true,
                    destructiveHint = false, idempotentHint = true, openWorldHint = true),
            structuredContent = true)
    public Uni<ChatResult> getMeetingChat(
            @ToolArg(name = "zoom_access_token", required = false, description = ToolHints.ACCESS_TOKEN) String accessToken,
            @ToolArg(name = "meeting_id", description = ToolHints.MEETING_ID) String meetingId,
            @ToolArg(name = "max_chars", required = false, description = ToolHints.MAX_CHARS) Integer maxChars,
            @ToolArg(name = "cursor", required = false, description = "From next_cursor") String cursor) {
        return runner.withToken(NAME, accessToken, token -> {
            String id = Arguments.meetingId(meetingId);
            int pageChars = Arguments.maxChars(maxChars);
            int position = PageCursor.positionFor(cursor, CURSOR_KIND, id, Set.of(CURSOR_KIND), NAME);
            return zoom.getMeetingRecordings(token, id).chain(meeting -> chats.load(token, meeting)
                    .map(messages -> page(id, meeting, messages, position, pageChars)));
        });
    }

    private static ChatResult page(String meetingId, MeetingRecordings meeting, List<ChatMessage> all, int position,
            int maxChars) {
        boolean unparsed = all.stream().anyMatch(ChatMessage::isRaw);
        Paging.Page<List<ChatMessage>> page = Paging.ofItems(all, position, maxChars, m -> m.text().length());
        List<String> senders = all.stream().filter(m -> !m.isRaw()).map(ChatMessage::sender).distinct().toList();
        return new ChatResult(meeting.id(), meeting.uuid(), meeting.topic(), meeting.startTime(), senders, all.size(),
                page.content().stream().map(ChatResult.Message::from).toList(),
                page.hasNext() ? new PageCursor(CURSOR_KIND, meetingId, page.next()).encode() : null,
                unparsed ? Boolean.TRUE : null);
    }
}
