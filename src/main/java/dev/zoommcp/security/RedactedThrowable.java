package dev.zoommcp.security;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A stand-in for a logged exception whose text (or a cause's) holds a token-shaped value: same class name in its text,
 * same stack trace, same chain of causes and suppressed exceptions, with every message passed through
 * {@link TokenRedactor}. Exceptions with clean texts are logged as they are.
 */
final class RedactedThrowable extends RuntimeException {

    private final String text;

    private RedactedThrowable(Throwable original, String text, Throwable cause) {
        super(text, cause, true, true);
        this.text = text;
        setStackTrace(original.getStackTrace());
    }

    /**
     * {@code thrown} itself when no text in its chain needs redacting, otherwise a redacted copy of the chain (a cause
     * cycle is cut where it closes).
     */
    static Throwable of(Throwable thrown) {
        return needsRedaction(thrown, new IdentityHashMap<>()) ? copy(thrown, new IdentityHashMap<>()) : thrown;
    }

    private static boolean needsRedaction(Throwable t, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, Boolean.TRUE) != null) {
            return false;
        }
        String text = t.toString();
        if (!text.equals(TokenRedactor.redact(text))) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (needsRedaction(suppressed, seen)) {
                return true;
            }
        }
        return needsRedaction(t.getCause(), seen);
    }

    /** {@code copies} holds the finished copies, and {@code null} for the exceptions being copied (a cycle). */
    private static Throwable copy(Throwable t, Map<Throwable, Throwable> copies) {
        if (copies.containsKey(t)) {
            return copies.get(t);
        }
        copies.put(t, null);
        Throwable cause = t.getCause() == null || t.getCause() == t ? null : copy(t.getCause(), copies);
        RedactedThrowable copy = new RedactedThrowable(t, TokenRedactor.redact(t.toString()), cause);
        copies.put(t, copy);
        for (Throwable suppressed : t.getSuppressed()) {
            Throwable suppressedCopy = copy(suppressed, copies);
            if (suppressedCopy != null) {
                copy.addSuppressed(suppressedCopy);
            }
        }
        return copy;
    }

    /** The original's {@code toString()} (class name and message), redacted. */
    @Override
    public String toString() {
        return text;
    }
}
