package dev.zoommcp.tools;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The shapes of the arguments tools and prompts share, checked the same way wherever they are accepted. */
public final class ArgumentFormats {

    /** A calendar date as the tools take it: {@code yyyy-MM-dd} (checked for a real date separately). */
    public static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final int MAX_MEETING_ID_CHARS = 128;
    /** Numeric ids (9-12 digits in practice) or base64 instance UUIDs, which may contain + / = characters. */
    private static final Pattern MEETING_ID = Pattern.compile("[A-Za-z0-9+/=_-]+");
    /** A number with a sign: never a meeting id (ids are positive), and no uuid looks like one. */
    private static final Pattern SIGNED_NUMBER = Pattern.compile("[+-]\\d+");
    /** What a JSON true, false or null becomes when converted to text: never a meeting id (uuids are 24 characters). */
    private static final Set<String> JSON_LITERALS = Set.of("true", "false", "null");

    private ArgumentFormats() {
    }

    /**
     * A meeting id as Zoom takes it: surrounding spaces gone, and numeric ids without the spaces Zoom shows them with
     * (857 4606 5432); empty when it is not a numeric id (positive) or an instance uuid.
     */
    public static Optional<String> meetingId(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String id = value.strip();
        String digits = id.replace(" ", "");
        if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
            id = digits;
            if (digits.chars().allMatch(c -> c == '0')) {
                return Optional.empty();
            }
        }
        if (SIGNED_NUMBER.matcher(id).matches() || JSON_LITERALS.contains(id.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return id.length() <= MAX_MEETING_ID_CHARS && MEETING_ID.matcher(id).matches() ? Optional.of(id)
                : Optional.empty();
    }
}
