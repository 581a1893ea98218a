package dev.zoommcp.tools;

import java.time.Duration;

/** A tool call ran past {@code zoom.tool-deadline}. */
final class DeadlineExceeded extends RuntimeException {

    private final Duration limit;

    DeadlineExceeded(Duration limit) {
        super("tool deadline of " + limit + " exceeded", null, false, false);
        this.limit = limit;
    }

    Duration limit() {
        return limit;
    }
}
