package dev.zoommcp.tools;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.zoommcp.chat.ChatMessage;

/** Result of zoom_get_meeting_chat: one page of the in-meeting chat. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChatResult(
        @JsonProperty(required = true) Long meetingId,
        @JsonProperty(required = true) String uuid,
        String topic,
        String startTime,
        @JsonProperty(required = true) List<String> senders,
        @JsonProperty(required = true) int totalMessages,
        @JsonProperty(required = true) List<Message> messages,
        String nextCursor,
        @JsonPropertyDescription("Unknown layout: raw text") Boolean unparsed) {

    /** One chat message. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Message(
            @JsonPropertyDescription("hh:mm:ss") String time,
            String sender,
            String to,
            @JsonProperty(required = true) boolean direct,
            @JsonProperty(required = true) String text) {

        static Message from(ChatMessage m) {
            return new Message(m.time(), m.sender(), m.recipient(), m.isDirect(), m.text());
        }
    }
}
