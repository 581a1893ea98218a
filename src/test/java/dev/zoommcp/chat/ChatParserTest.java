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
    void readsTheCloudRecordingLayout() {
        List<ChatMessage> messages = ChatParser.parse("\uFEFF00:58:04\tAlex:\tDepends on your style, I guess.\r\n"
                + "00:58:20\tWheezy:\tDid you check https://example.com/a:b?x=1\r\n"
                + "01:02:03\tDr. Ann Lee: PhD (she/her):\tnames keep colons: and parentheses\r\n"
                + "01:02:10\tBack to Work Bot:\tReacted to \"Slides\" with 👍\r\n");

        assertThat(messages).containsExactly(
                new ChatMessage("00:58:04", "Alex", "Everyone", "Depends on your style, I guess."),
                new ChatMessage("00:58:20", "Wheezy", "Everyone", "Did you check https://example.com/a:b?x=1"),
                new ChatMessage("01:02:03", "Dr. Ann Lee: PhD (she/her)", "Everyone", "names keep colons: and parentheses"),
                new ChatMessage("01:02:10", "Back to Work Bot", "Everyone", "Reacted to \"Slides\" with 👍"));
        assertThat(messages).noneMatch(ChatMessage::isDirect);
    }

    @Test
    void cloudLayoutContinuationLinesRecipientsAndDirectMarkers() {
        List<ChatMessage> messages = ChatParser.parse("00:10:00\tJane Doe:\tfirst line\nsecond line\n\tthird\n"
                + "00:11:00\tJane Doe to Sam Lee(Direct Message):\thi Sam\n"
                + "00:12:00\tSam Lee to Jane Doe (Privately):\thi\n"
                + "00:13:00\tHost to Waiting Room Participants:\twelcome\n"
                + "00:14:00\tBo:\n\ttext on the next line\n");

        assertThat(messages).containsExactly(
                new ChatMessage("00:10:00", "Jane Doe", "Everyone", "first line\nsecond line\nthird"),
                new ChatMessage("00:11:00", "Jane Doe", "Sam Lee", "hi Sam"),
                new ChatMessage("00:12:00", "Sam Lee", "Jane Doe", "hi"),
                new ChatMessage("00:13:00", "Host", "Waiting Room Participants", "welcome"),
                new ChatMessage("00:14:00", "Bo", "Everyone", "text on the next line"));
        assertThat(messages.stream().map(ChatMessage::isDirect)).containsExactly(false, true, true, false, false);
    }

    @Test
    void cloudLayoutAToBWithoutAMarkerNamesARecipientOnlyWhenSomeoneWritesUnderEitherName() {
        List<ChatMessage> messages = ChatParser.parse("00:05:00\tDana Kim:\thello\n"
                + "00:05:06\tAlex Rivera to Dana Kim:\tnewer layout reply\n"
                + "00:05:10\tBack to Work Bot:\tReacted to \"hello\" with 👍\n");

        assertThat(messages).containsExactly(
                new ChatMessage("00:05:00", "Dana Kim", "Everyone", "hello"),
                new ChatMessage("00:05:06", "Alex Rivera", "Dana Kim", "newer layout reply"),
                new ChatMessage("00:05:10", "Back to Work Bot", "Everyone", "Reacted to \"hello\" with 👍"));
        assertThat(messages.stream().map(ChatMessage::isDirect)).containsExactly(false, true, false);
    }

    @Test
    void textBeforeTheFirstMessageIsKeptAsARawMessage() {
        List<ChatMessage> cloud = ChatParser.parse("Meeting notes about the pricing decision\n\n"
                + "Line two: we agreed on price\n00:01:02\tDana Kim:\tthe only real chat line\n");
        assertThat(cloud).containsExactly(
                ChatMessage.raw("Meeting notes about the pricing decision\n\nLine two: we agreed on price"),
                new ChatMessage("00:01:02", "Dana Kim", "Everyone", "the only real chat line"));

        List<ChatMessage> local = ChatParser.parse("Saved chat\n10:00:01\t From  Priya  to  Everyone:\n\thi\n");
        assertThat(local).containsExactly(ChatMessage.raw("Saved chat"),
                new ChatMessage("10:00:01", "Priya", "Everyone", "hi"));
        assertThat(local.get(0).isRaw()).isTrue();
    }

    @Test
    void aFileWithoutAnyReadableHeaderIsKeptAsOneRawMessage() {
        List<ChatMessage> messages = ChatParser.parse("garbage line\nmore\n");

        assertThat(messages).containsExactly(ChatMessage.raw("garbage line\nmore"));
        assertThat(messages.get(0).isRaw()).isTrue();
        assertThat(messages.get(0).isDirect()).isFalse();
        assertThat(ChatParser.parse("")).isEmpty();
        assertThat(ChatParser.parse(" \n\n")).isEmpty();
    }
}
