package dev.zoommcp.chat;

import java.util.Locale;
import java.util.Set;

/**
 * One in-meeting chat message: when it was sent (as Zoom wrote it, {@code hh:mm:ss}), by whom, to whom
 * ({@code Everyone}, a group such as the waiting room, or a participant for a direct message), and its text (several
 * lines joined with newlines). A {@link #raw} message holds the text of a file whose layout was not recognised; it has
 * no time, sender or recipient.
 */
public record ChatMessage(String time, String sender, String recipient, String text) {

    /** Recipients that are groups, not a person. */
    private static final Set<String> GROUPS = Set.of("everyone", "everyone (in waiting room)",
            "waiting room participants", "host and co-hosts", "hosts and panelists", "all panelists");

    /** The whole text of a chat file none of whose lines could be read as a message header. */
    public static ChatMessage raw(String text) {
        return new ChatMessage(null, null, null, text);
    }

    /** Whether this is the text of an unrecognised file rather than a parsed message. */
    public boolean isRaw() {
        return sender == null;
    }

    /** Whether the message went to one participant only. */
    public boolean isDirect() {
        return recipient != null && !isGroup(recipient);
    }

    static boolean isGroup(String recipient) {
        return GROUPS.contains(recipient.toLowerCase(Locale.ROOT));
    }
}
