package dev.zoommcp.tools;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import dev.zoommcp.chat.ChatMessage;
import dev.zoommcp.chat.ChatParser;
import dev.zoommcp.transcript.Paging;
import dev.zoommcp.zoom.ZoomGateway;
import dev.zoommcp.zoom.api.model.MeetingRecordings;
import dev.zoommcp.zoom.api.model.RecordingFile;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkiverse.mcp.server.Tool;
import io.quarkiverse.mcp.server.ToolArg;
import io.quarkiverse.mcp.server.ToolCallException;
import io.smallrye.mutiny.Uni;

/** zoom_get_meeting_chat: the in-meeting chat saved with a cloud recording. */
public class MeetingChatTool {

    static final String NAME = "zoom_get_meeting_chat";

    static final String CHAT = "CHAT";
    private static final String CURSOR_KIND = "chat";

    @Inject
    ZoomGateway zoom;

    @Inject
    RecordingFileReader reader;

    @Inject
    ToolRunner runner;

    private final Counter unparsedFiles;

    MeetingChatTool(MeterRegistry registry) {
        this.unparsedFiles = Counter.builder("zoom.chat.unparsed")
                .description("Chat files whose layout was not recognised, returned as raw text").register(registry);
    }

    @Tool(name = NAME, title = "Zoom meeting chat", description = """
            Returns the chat typed during one recorded meeting: time, sender, recipient, direct flag, text. Use it for links and \
            decisions people wrote (file_types shows CHAT).
            Errors: no chat file (nobody wrote, or not saved); processing: retry later.""",
            annotations = @Tool.Annotations(readOnlyHint = true,
                    destructiveHint = false, idempotentHint = true, openWorldHint = true),
            structuredContent = true)
    public Uni<ChatResult> getMeetingChat(
            @ToolArg(name = "zoom_access_token", required = false, description = ToolHints.ACCESS_TOKEN) String accessToken,
            @ToolArg(name = "meeting_id", description = ToolHints.MEETING_ID) String meetingId,
            @ToolArg(name = "max_chars", required = false, description = "Page size in characters") Integer maxChars,
            @ToolArg(name = "cursor", required = false, description = "next_cursor of the last page") String cursor) {
        return runner.withToken(NAME, accessToken, token -> {
            String id = Arguments.meetingId(meetingId);
            int pageChars = Arguments.maxChars(maxChars);
            int position = PageCursor.positionFor(cursor, CURSOR_KIND, id, Set.of(CURSOR_KIND), NAME);
            return zoom.getMeetingRecordings(token, id).chain(meeting -> reader.readAll(token, chatFiles(meeting))
                    .onFailure(RecordingFileReader::isUnavailableFile)
                    .transform(failure -> RecordingFileReader.unavailable("chat", failure))
                    .map(files -> page(id, meeting, files, position, pageChars)));
        });
    }

    private static List<RecordingFile> chatFiles(MeetingRecordings meeting) {
        List<RecordingFile> ready = meeting.readyFiles(CHAT);
        if (!ready.isEmpty()) {
            return ready;
        }
        if (meeting.isProcessing(CHAT)) {
            throw new ToolCallException("The chat file of meeting " + meeting.id() + " is still being processed by"
                    + " Zoom. Try again in a few minutes.");
        }
        throw new ToolCallException("Meeting " + meeting.id() + " (" + meeting.topic() + ") has no chat file: nobody"
                + " wrote in the chat, or the host's cloud-recording setting 'Save chat messages from the meeting' was"
                + " off.");
    }

    private ChatResult page(String meetingId, MeetingRecordings meeting, List<String> files, int position,
            int maxChars) {
        List<ChatMessage> all = files.stream().flatMap(file -> ChatParser.parse(file).stream()).toList();
        boolean unparsed = all.stream().anyMatch(ChatMessage::isRaw);
        if (unparsed) {
            unparsedFiles.increment();
        }
        Paging.Page<List<ChatMessage>> page = Paging.ofItems(all, position, maxChars, m -> m.text().length());
        List<String> senders = all.stream().filter(m -> !m.isRaw()).map(ChatMessage::sender).distinct().toList();
        return new ChatResult(meeting.id(), meeting.uuid(), meeting.topic(), meeting.startTime(), senders, all.size(),
                page.content().stream().map(ChatResult.Message::from).toList(),
                page.hasNext() ? new PageCursor(CURSOR_KIND, meetingId, page.next()).encode() : null,
                unparsed ? Boolean.TRUE : null);
    }
}
