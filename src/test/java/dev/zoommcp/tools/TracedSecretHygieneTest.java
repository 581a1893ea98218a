package dev.zoommcp.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The same tool paths with everything turned up: TRACE for the MCP layer, the REST client and the server's code, MCP
 * traffic logging (which prints tool arguments) and REST client request/response logging (which prints headers and
 * bodies). The log file, written through the production filter chain, must still hold no canary: the
 * {@code token-redaction} filter is the second line of defence.
 */
@QuarkusTest
@TestProfile(TracedSecretHygieneTest.Tracing.class)
class TracedSecretHygieneTest extends SecretHygieneTest {

    /** A fresh file per run, large enough never to rotate. */
    private static final Path LOG = Path.of("target", "traced-hygiene-" + System.currentTimeMillis() + ".log");

    public static class Tracing implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("quarkus.log.min-level", "TRACE"),
                    Map.entry("quarkus.log.level", "INFO"),
                    Map.entry("quarkus.log.console.level", "WARN"),
                    Map.entry("quarkus.log.category.\"io.quarkiverse.mcp\".level", "TRACE"),
                    Map.entry("quarkus.log.category.\"io.quarkiverse.mcp.server.sse.client\".level", "INFO"),
                    Map.entry("quarkus.log.category.\"io.quarkus.rest.client\".level", "TRACE"),
                    Map.entry("quarkus.log.category.\"org.jboss.resteasy.reactive.client\".level", "TRACE"),
                    Map.entry("quarkus.log.category.\"dev.zoommcp\".level", "TRACE"),
                    Map.entry("quarkus.mcp.server.traffic-logging.enabled", "true"),
                    Map.entry("quarkus.rest-client.logging.scope", "request-response"),
                    Map.entry("quarkus.rest-client.logging.body-limit", "10000"),
                    Map.entry("quarkus.log.file.enabled", "true"),
                    Map.entry("quarkus.log.file.path", LOG.toString()),
                    Map.entry("quarkus.log.file.level", "TRACE"),
                    Map.entry("quarkus.log.file.rotation.max-file-size", "1G"));
        }
    }

    /** The log file, as an operator would read it. */
    @Override
    protected LogLines startLogs() {
        return new LogLines() {
            @Override
            public List<String> lines() {
                try {
                    return Files.readAllLines(LOG);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
            }
        };
    }

    /** Traffic logging prints every argument as sent, so a token pasted into, say, from_date cannot be recognised. */
    @Override
    protected boolean misplacedSecretsAreChecked() {
        return false;
    }

    /** Traffic logging is on: the file must show the calls (so the check cannot pass on an empty log). */
    @Override
    protected int minimumLogLines() {
        return 200;
    }
}
