package dev.zoommcp.tools;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import dev.zoommcp.chat.ChatMessage;
import dev.zoommcp.chat.ChatParser;
import dev.zoommcp.zoom.AccessToken;
import dev.zoommcp.zoom.CallerCache;
import dev.zoommcp.zoom.ZoomGateway;
import dev.zoommcp.zoom.api.model.MeetingRecordings;
import dev.zoommcp.zoom.api.model.RecordingFile;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkiverse.mcp.server.ToolCallException;
import io.smallrye.mutiny.Uni;

/**
 * The in-meeting chat of a recording, parsed into messages (every CHAT file, in order); an error that says why when
 * there is none. A file in no known layout comes back whole as one {@link ChatMessage#raw} message and is counted in
 * {@code zoom.chat.unparsed}. Kept in the caller's {@link CallerCache} per meeting instance.
 */
@ApplicationScoped
class ChatSource {

    static final String CHAT = "CHAT";

    private final RecordingFileReader reader;
    private final CallerCache cache;
    private final Counter unparsedFiles;

    ChatSource(RecordingFileReader reader, CallerCache cache, MeterRegistry registry) {
        this.reader = reader;
        this.cache = cache;
        this.unparsedFiles = Counter.builder("zoom.chat.unparsed")
                .description("Chat files whose layout was not recognised, returned as raw text").register(registry);
    }

    Uni<List<ChatMessage>> load(AccessToken token, MeetingRecordings meeting) {
        return load(token, meeting, ZoomGateway.NO_WAIT);
    }

    /** {@link #load(AccessToken, MeetingRecordings)}, awaiting {@code beforeDownload} only when Zoom is asked. */
    Uni<List<ChatMessage>> load(AccessToken token, MeetingRecordings meeting, Supplier<Uni<Void>> beforeDownload) {
        return cache.get(token, CallerCache.Kind.CHAT, meeting.instanceKey(),
                () -> download(token, meeting, beforeDownload), ChatSource::bytes);
    }

    private Uni<List<ChatMessage>> download(AccessToken token, MeetingRecordings meeting,
            Supplier<Uni<Void>> beforeDownload) {
        List<RecordingFile> files;
        try {
            files = chatFiles(meeting);
        } catch (ToolCallException none) {
            return Uni.createFrom().failure(none);
        }
        return beforeDownload.get().chain(() -> reader.readAll(token, files))
                .onFailure(RecordingFileReader::isUnavailableFile)
                .transform(failure -> RecordingFileReader.unavailable("chat", failure))
                .map(texts -> {
                    List<ChatMessage> messages = texts.stream().flatMap(text -> ChatParser.parse(text).stream()).toList();
                    if (messages.stream().anyMatch(ChatMessage::isRaw)) {
                        unparsedFiles.increment();
                    }
                    return messages;
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

    /** About two bytes per character of text and 100 per message (time, names, record). */
    private static long bytes(List<ChatMessage> messages) {
        return messages.stream().mapToLong(m -> 100 + 2L * m.text().length()).sum();
    }
}
