package dev.zoommcp.stdio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The session a start-up cache is recorded from ({@code java -XX:AOTCacheOutput=… -jar … train}, run by the launcher's
 * {@code --cache}): the stdio server as a desktop client starts it, fed the messages of {@code training/session.jsonl}
 * (every tool on its success path but search, whose Lucene classes would weigh on every session's memory, then every
 * tool on its usual errors) instead of standard input, against a {@link TrainingZoom} instead of Zoom, with no
 * credentials or stored sign-in of the user's. It ends at the end of those messages, once they are answered. Its answers
 * go to standard output as in any session; those with ids from 100 to 199 must succeed (a test checks that they do),
 * those from 200 are expected tool errors.
 */
public final class TrainingSession implements AutoCloseable {

    private final TrainingZoom zoom;

    private TrainingSession(TrainingZoom zoom) {
        this.zoom = zoom;
    }

    /** Starts the stand-in Zoom and points the server's configuration and standard input at the training. */
    public static TrainingSession prepare() throws IOException {
        TrainingZoom zoom = TrainingZoom.start();
        if (System.getProperty("quarkus.profile") == null && System.getenv("QUARKUS_PROFILE") == null) {
            System.setProperty("quarkus.profile", "stdio");
        }
        System.setProperty("mcp.stdio.enabled", "true");
        System.setProperty("quarkus.http.host-enabled", "false");
        System.setProperty("zoom.api-url", zoom.baseUrl() + "/v2");
        System.setProperty("zoom.oauth-url", zoom.baseUrl());
        System.setProperty("zoom.download.private-redirect-hosts", zoom.cdnHost());
        System.setProperty("zoom.login.enabled", "false");
        System.setProperty("quarkus.log.console.level", "WARN");
        for (String credential : new String[] { "zoom.account-id", "zoom.client-id", "zoom.client-secret" }) {
            System.setProperty(credential, "");
        }
        System.setIn(new ByteArrayInputStream(
                TrainingZoom.resource("session.jsonl").getBytes(StandardCharsets.UTF_8)));
        return new TrainingSession(zoom);
    }

    @Override
    public void close() {
        zoom.close();
    }
}
