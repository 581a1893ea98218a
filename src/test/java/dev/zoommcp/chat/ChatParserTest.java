package dev.zoommcp.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChatParserTest {

    @Test
    void readsTheCurrentLayoutWithMultiLineMessages() {
        List<ChatMessage> messages = ChatParser.parse("00:01:23\t From  Jane Doe  to  Everyone:\n\tSlides are up\n"
                + "\tsecond line\n00:02:00\t From  Jane Doe  to  Sam Lee(Direct Message):\n\thi\n");

        assertThat(messages).containsExactly(
                new ChatMessage("00:01:23", "Jane Doe", "Everyone", "Slides are up\nsecond line"),
                new ChatMessage("00:02:00", "Jane Doe", "Sam Lee", "hi"));
        assertThat(messages.get(1).isDirect()).isTrue();
    }

    @Test
    void readsTheOlderSameLineLayout() {
        List<ChatMessage> messages = ChatParser.parse("\uFEFF00:01:30\t From  Sam Lee : old style: with colon\r\n"
                + "00:03:00\t From Bo to Everyone : single spaced\r\n");

        assertThat(messages).containsExactly(
                new ChatMessage("00:01:30", "Sam Lee", "Everyone", "old style: with colon"),
                new ChatMessage("00:03:00", "Bo", "Everyone", "single spaced"));
    }

    @Test
    void namesContainingToAndReactionsSurvive() {
        List<ChatMessage> messages = ChatParser.parse(
                "00:04:00\t From  Back to Work Bot  to  Everyone:\n\tReacted to \"Slides\" with 👍\n");

        assertThat(messages).containsExactly(
                new ChatMessage("00:04:00", "Back to Work Bot", "Everyone", "Reacted to \"Slides\" with 👍"));
    }

    @Test
    void directMarkersInAnyCaseAreStrippedAndGroupsAreNotDirect() {
        List<ChatMessage> messages = ChatParser.parse("00:03:10\t From  Jane Doe  to  John Smith(direct message):\n"
                + "\thi\n00:03:20\t From  Host  to  Waiting Room Participants:\n\twelcome\n");

        assertThat(messages.get(0).recipient()).isEqualTo("John Smith");
        assertThat(messages.get(0).isDirect()).isTrue();
        assertThat(messages.get(1).isDirect()).isFalse();
    }

    @Test
    void textBeforeTheFirstHeaderAndEmptyFilesGiveNoMessages() {
        assertThat(ChatParser.parse("")).isEmpty();
        assertThat(ChatParser.parse("garbage line\nmore")).isEmpty();
    }
}
