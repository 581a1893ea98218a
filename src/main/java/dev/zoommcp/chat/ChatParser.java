package dev.zoommcp.chat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Zoom's in-meeting chat files, in each layout Zoom writes:
 * <pre>
 * 00:01:23	Jane Doe:	Slides are in the channel                 (cloud recording's CHAT file: tab, name, colon, tab)
 * 00:02:00	Jane Doe to Sam Lee(Direct Message):	hi            (cloud, newer files: recipient and marker)
 * 00:01:23	 From  Jane Doe  to  Everyone:                       (saved locally by the client: text on indented lines)
 * 	Slides are in the channel
 * 00:01:23	 From  Jane Doe : Slides are in the channel          (older local files: text on the same line)
 * </pre>
 * Lines that are not a message header continue the previous message (multi-line messages, replies, reactions); text
 * before the first header is kept as a {@link ChatMessage#raw} message, never dropped. Names may contain colons,
 * parentheses and the word "to"; the text ends the header at the first colon followed by a tab. A cloud header
 * "A to B:" without a marker names a recipient when B is a group, or when A or B writes under that name elsewhere in the
 * file; otherwise "A to B" is one person's name.
 */
public final class ChatParser {

    /** Local layout: "hh:mm:ss[TAB] From  ...". */
    private static final Pattern LOCAL = Pattern.compile("^(\\d{1,2}:\\d{2}:\\d{2})\\s+From\\s+(.+?)\\s*$");
    /** "Sender  to  Recipient:" with Zoom's double spaces, text possibly after the colon. */
    private static final Pattern ADDRESSED = Pattern.compile("^(.+?)\\s{2,}to\\s{2,}(.+?)\\s*:(?:\\s(.*))?$");
    /** "Sender to Recipient :" as older files write it with single spaces, or "Sender : text". */
    private static final Pattern LOOSE = Pattern.compile("^(.+?)(?:\\s+to\\s+(.+?))?\\s*:(?:\\s(.*))?$");
    /** Cloud layout: "hh:mm:ss[TAB]Sender:[TAB]text" (the text may be empty, or follow on the next lines). */
    private static final Pattern CLOUD = Pattern.compile("^(\\d{1,2}:\\d{2}:\\d{2})\\t(.+?):(?:\\t(.*))?$");
    /** The recipient part of a cloud header's sender: "Jane Doe to Sam Lee(Direct Message)". */
    private static final Pattern CLOUD_RECIPIENT = Pattern.compile(
            "^(.+?)\\s+to\\s+(.+?)\\s*\\((?:direct message|privately)\\)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIRECT_SUFFIX = Pattern.compile("\\s*\\((direct message|privately)\\)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final String EVERYONE = "Everyone";

    private ChatParser() {
    }

    /**
     * The file's messages. A non-blank file in which no message header can be read gives one {@link ChatMessage#raw}
     * message holding its text, never an empty list.
     */
    public static List<ChatMessage> parse(String chat) {
        String text = chat.startsWith("\uFEFF") ? chat.substring(1) : chat;
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n");
        Set<String> cloudNames = cloudNames(lines);
        List<ChatMessage> messages = new ArrayList<>();
        String[] current = null;
        StringBuilder body = new StringBuilder();
        StringBuilder preamble = new StringBuilder();
        for (String line : lines) {
            String[] header = header(line, cloudNames);
            if (header != null) {
                if (current != null) {
                    messages.add(new ChatMessage(current[0], current[1], current[2], body.toString().strip()));
                }
                current = header;
                body.setLength(0);
                body.append(header[3]);
            } else if (current == null) {
                preamble.append(line.stripTrailing()).append('\n');
            } else if (!line.isBlank()) {
                if (body.length() > 0) {
                    body.append('\n');
                }
                body.append(line.strip());
            }
        }
        if (current != null) {
            messages.add(new ChatMessage(current[0], current[1], current[2], body.toString().strip()));
        }
        if (!preamble.toString().isBlank()) {
            messages.add(0, ChatMessage.raw(preamble.toString().strip()));
        }
        return messages;
    }

    /** Every sender as the cloud headers of the file write it ("Jane Doe", "Jane Doe to Sam Lee"), markers aside. */
    private static Set<String> cloudNames(String[] lines) {
        Set<String> names = new HashSet<>();
        for (String line : lines) {
            Matcher cloud = CLOUD.matcher(line);
            if (cloud.matches()) {
                names.add(DIRECT_SUFFIX.matcher(cloud.group(2)).replaceAll("").strip());
            }
        }
        return names;
    }

    /** Time, sender, recipient and same-line text of a header line in any layout, or null. */
    private static String[] header(String line, Set<String> cloudNames) {
        Matcher local = LOCAL.matcher(line);
        if (local.matches()) {
            String[] address = localAddress(local.group(2));
            if (address != null) {
                return new String[] { local.group(1), address[0], address[1], address[2] };
            }
        }
        Matcher cloud = CLOUD.matcher(line);
        if (cloud.matches()) {
            String[] address = cloudAddress(cloud.group(2).strip(), cloudNames);
            return new String[] { cloud.group(1), address[0], address[1],
                    cloud.group(3) == null ? "" : cloud.group(3).strip() };
        }
        return null;
    }

    /**
     * Sender and recipient of a cloud header: a recipient where Zoom marks it (direct message), where it is a group, or
     * where either side of "A to B" is a name someone writes under in this file.
     */
    private static String[] cloudAddress(String from, Set<String> cloudNames) {
        Matcher direct = CLOUD_RECIPIENT.matcher(from);
        if (direct.matches()) {
            return new String[] { direct.group(1).strip(), direct.group(2).strip() };
        }
        int to = from.toLowerCase(Locale.ROOT).lastIndexOf(" to ");
        if (to > 0) {
            String sender = from.substring(0, to).strip();
            String recipient = from.substring(to + 4).strip();
            if (ChatMessage.isGroup(recipient) || cloudNames.contains(sender) || cloudNames.contains(recipient)) {
                return new String[] { sender, recipient };
            }
        }
        return new String[] { from, EVERYONE };
    }

    /** Sender, recipient (Everyone when unnamed) and same-line text of a local header's "From ..." part, or null. */
    private static String[] localAddress(String from) {
        Matcher m = ADDRESSED.matcher(from);
        if (!m.matches()) {
            m = LOOSE.matcher(from);
            if (!m.matches()) {
                return null;
            }
        }
        String recipient = m.group(2) == null ? EVERYONE : DIRECT_SUFFIX.matcher(m.group(2)).replaceAll("").strip();
        return new String[] { m.group(1).strip(), recipient, m.group(3) == null ? "" : m.group(3).strip() };
    }
}
