package dev.zoommcp.chat;

import java.util.Locale;
import java.util.Set;

/**
 * One in-meeting chat message: when it was sent (as Zoom wrote it, {@code hh:mm:ss}), by whom, to whom
 * ({@code Everyone}, a group such as the waiting room, or a participant for a direct message), and its text (several
 * lines joined with newlines).
 */
public record ChatMessage(String time, String sender, String recipient, String text) {

    /** Recipients that are groups, not a person. */
    private static final Set<String> GROUPS = Set.of("everyone", "everyone (in waiting room)",
            "waiting room participants", "host and co-hosts", "hosts and panelists", "all panelists");

    /** Whether the message went to one participant only. */
    public boolean isDirect() {
        return recipient != null && !GROUPS.contains(recipient.toLowerCase(Locale.ROOT));
    }
}
