package dev.zoommcp.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Level;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** The log filter blanks token-shaped values in messages and in the full text of attached exceptions. */
class RedactingLogFilterTest {

    private static final String CANARY = "canary-token-4f9e2a";

    private static String printed(Throwable thrown) {
        StringWriter out = new StringWriter();
        thrown.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private static ExtLogRecord record(String message, Throwable thrown) {
        ExtLogRecord record = new ExtLogRecord(Level.WARNING, message, ExtLogRecord.FormatStyle.NO_FORMAT, "test");
        record.setThrown(thrown);
        return record;
    }

    @Test
    void exceptionTextsAndCausesAreRedactedWithTheirStackTraces() {
        IOException cause = new IOException("upstream said: Authorization: Bearer " + CANARY);
        IllegalStateException top = new IllegalStateException("request failed", cause);
        top.addSuppressed(new RuntimeException("{\"refresh_token\":\"" + CANARY + "\"}"));
        ExtLogRecord record = record("call failed", top);

        assertThat(new RedactingLogFilter().isLoggable(record)).isTrue();

        String text = printed(record.getThrown());
        assertThat(text).doesNotContain(CANARY)
                .contains("java.lang.IllegalStateException: request failed",
                        "Caused by: java.io.IOException: upstream said: Authorization: Bearer ***",
                        "Suppressed: java.lang.RuntimeException: {\"refresh_token\":\"***\"}",
                        RedactingLogFilterTest.class.getName() + ".exceptionTextsAndCausesAreRedactedWithTheirStackTraces");
    }

    @Test
    void cleanExceptionsAreLoggedAsTheyAre() {
        IOException clean = new IOException("connection reset");
        ExtLogRecord record = record("call failed", clean);

        new RedactingLogFilter().isLoggable(record);

        assertThat(record.getThrown()).isSameAs(clean);
    }

    @Test
    void messagesAreRedacted() {
        ExtLogRecord record = record("sending X-Zoom-Access-Token: " + CANARY, null);

        new RedactingLogFilter().isLoggable(record);

        assertThat(record.getFormattedMessage()).isEqualTo("sending X-Zoom-Access-Token: ***");
    }

    @Test
    void aCauseCycleEnds() {
        RuntimeException a = new RuntimeException("Bearer " + CANARY);
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        String text = printed(RedactedThrowable.of(b));

        assertThat(text).doesNotContain(CANARY).contains("java.lang.RuntimeException: b",
                "Caused by: java.lang.RuntimeException: Bearer ***");
    }
}
