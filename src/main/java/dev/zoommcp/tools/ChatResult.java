package dev.zoommcp.tools;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.zoommcp.chat.ChatMessage;

/** Result of zoom_get_meeting_chat: one page of the in-meeting chat. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChatResult(
        @JsonPropertyDescription("Numeric meeting id") Long meetingId,
        @JsonPropertyDescription("UUID of the meeting instance") String uuid,
        String topic,
        @JsonPropertyDescription("ISO-8601 UTC") String startTime,
        @JsonPropertyDescription("Everyone who wrote, in order of first message") List<String> senders,
        @JsonPropertyDescription("Messages in the whole chat, all pages together") int totalMessages,
        List<Message> messages,
        @JsonPropertyDescription("Pass as cursor (same meeting_id) for the next page; absent on the last page") String nextCursor,
        @JsonPropertyDescription("True when the file's layout was not recognised: messages then holds its whole text as one message without sender") Boolean unparsed) {

    /** One chat message. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Message(
            @JsonPropertyDescription("hh:mm:ss as in Zoom's chat file (time into the recording)") String time,
            @JsonPropertyDescription("Absent only for the raw text of an unrecognised file") String sender,
            @JsonPropertyDescription("Everyone, or the participant a direct message went to") String to,
            @JsonPropertyDescription("True for a direct (private) message") boolean direct,
            String text) {

        static Message from(ChatMessage m) {
            return new Message(m.time(), m.sender(), m.recipient(), m.isDirect(), m.text());
        }
    }
}
