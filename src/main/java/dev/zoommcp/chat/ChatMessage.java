package dev.zoommcp.chat;

/**
 * One in-meeting chat message: when it was sent (as Zoom wrote it, {@code hh:mm:ss}), by whom, to whom
 * ({@code Everyone} or a participant for a direct message), and its text (several lines joined with newlines).
 */
public record ChatMessage(String time, String sender, String recipient, String text) {

    public boolean isDirect() {
        return recipient != null && !recipient.equalsIgnoreCase("Everyone");
    }
}
