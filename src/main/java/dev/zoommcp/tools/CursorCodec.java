package dev.zoommcp.tools;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The one encoding of the opaque tokens this server hands out for paging ({@link ListCursor}, {@link PageCursor}):
 * fields joined by a separator, as unpadded base64url, so a token is a single URL-safe word that the caller passes back
 * unchanged.
 */
final class CursorCodec {

    private CursorCodec() {
    }

    static String encode(char separator, Object... fields) {
        StringBuilder raw = new StringBuilder();
        for (Object field : fields) {
            if (raw.length() > 0) {
                raw.append(separator);
            }
            raw.append(field == null ? "" : field);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code count} fields of a token (the last one may contain the separator); empty when it is not one. */
    static Optional<String[]> decode(String token, char separator, int count) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] fields = raw.split(java.util.regex.Pattern.quote(String.valueOf(separator)), count);
            return fields.length == count ? Optional.of(fields) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
