package dev.zoommcp.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Zoom's in-meeting chat file (the recording's CHAT file, plain text). Both of Zoom's layouts are read:
 * <pre>
 * 00:01:23	 From  Jane Doe  to  Everyone:          (current: the text follows on indented lines)
 * 	Slides are in the channel
 * 00:01:23	 From  Jane Doe : Slides are in the channel    (older: text on the same line)
 * 00:02:00	 From  Jane Doe  to  Sam Lee(Direct Message) : hi
 * </pre>
 * Lines that are not a message header continue the previous message (multi-line messages, replies, reactions).
 */
public final class ChatParser {

    private static final Pattern HEADER = Pattern.compile("^(\\d{1,2}:\\d{2}:\\d{2})\\s+From\\s+(.+?)\\s*$");
    /** "Sender  to  Recipient:" with Zoom's double spaces, text possibly after the colon. */
    private static final Pattern ADDRESSED = Pattern.compile("^(.+?)\\s{2,}to\\s{2,}(.+?)\\s*:(?:\\s(.*))?$");
    /** "Sender to Recipient :" as older files write it with single spaces, or "Sender : text". */
    private static final Pattern LOOSE = Pattern.compile("^(.+?)(?:\\s+to\\s+(.+?))?\\s*:(?:\\s(.*))?$");
    private static final Pattern DIRECT_SUFFIX = Pattern.compile("\\s*\\((direct message|privately)\\)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private ChatParser() {
    }

    public static List<ChatMessage> parse(String chat) {
        String text = chat.startsWith("\uFEFF") ? chat.substring(1) : chat;
        List<ChatMessage> messages = new ArrayList<>();
        String time = null;
        String sender = null;
        String recipient = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            Matcher header = HEADER.matcher(line);
            String[] parsed = header.matches() ? address(header.group(2)) : null;
            if (parsed != null) {
                if (sender != null) {
                    messages.add(new ChatMessage(time, sender, recipient, body.toString().strip()));
                }
                time = header.group(1);
                sender = parsed[0];
                recipient = parsed[1];
                body.setLength(0);
                body.append(parsed[2]);
            } else if (sender != null && !line.isBlank()) {
                if (body.length() > 0) {
                    body.append('\n');
                }
                body.append(line.strip());
            }
        }
        if (sender != null) {
            messages.add(new ChatMessage(time, sender, recipient, body.toString().strip()));
        }
        return messages;
    }

    /** Sender, recipient (Everyone when unnamed) and same-line text of a header's "From ..." part, or null. */
    private static String[] address(String from) {
        Matcher m = ADDRESSED.matcher(from);
        if (!m.matches()) {
            m = LOOSE.matcher(from);
            if (!m.matches()) {
                return null;
            }
        }
        String recipient = m.group(2) == null ? "Everyone" : DIRECT_SUFFIX.matcher(m.group(2)).replaceAll("").strip();
        return new String[] { m.group(1).strip(), recipient, m.group(3) == null ? "" : m.group(3).strip() };
    }
}
