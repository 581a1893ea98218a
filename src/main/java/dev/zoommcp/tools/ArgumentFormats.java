package dev.zoommcp.tools;

import java.util.Optional;
import java.util.regex.Pattern;

/** The shapes of the arguments tools and prompts share, checked the same way wherever they are accepted. */
public final class ArgumentFormats {

    /** A calendar date as the tools take it: {@code yyyy-MM-dd} (checked for a real date separately). */
    public static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final int MAX_MEETING_ID_CHARS = 128;
    /** Numeric ids (9-12 digits in practice) or base64 instance UUIDs, which may contain + / = characters. */
    private static final Pattern MEETING_ID = Pattern.compile("[A-Za-z0-9+/=_-]+");

    private ArgumentFormats() {
    }

    /**
     * A meeting id as Zoom takes it: surrounding spaces gone, and numeric ids without the spaces Zoom shows them with
     * (857 4606 5432); empty when it is not a numeric id or an instance uuid.
     */
    public static Optional<String> meetingId(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String id = value.strip();
        String digits = id.replace(" ", "");
        if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
            id = digits;
        }
        return id.length() <= MAX_MEETING_ID_CHARS && MEETING_ID.matcher(id).matches() ? Optional.of(id)
                : Optional.empty();
    }
}
