package dev.zoommcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** On SIGTERM readiness turns DOWN first (so the pod leaves the Service) while liveness holds, then the process ends. */
class GracefulShutdownIT {

    @Test
    void openSseStreamsDoNotHoldTheProcessPastTheGracePeriod() throws Exception {
        AppProcess app = AppProcess.start(Map.of("QUARKUS_SHUTDOWN_DELAY", "1s"));
        try {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.util.List<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<java.util.stream.Stream<String>>>> streams =
                    new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                streams.add(http.sendAsync(java.net.http.HttpRequest.newBuilder(app.uri("/mcp/sse")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofLines()));
            }
            for (var stream : streams) {
                // Each stream is open: its first event (the message endpoint) has arrived.
                assertThat(stream.get(10, TimeUnit.SECONDS).body().filter(l -> l.startsWith("data:")).findFirst())
                        .isPresent();
            }
            long sigterm = System.nanoTime();
            app.process().destroy();

            assertThat(app.process().waitFor(30, TimeUnit.SECONDS)).as("exits within the 30 s grace period").isTrue();
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - sigterm)).isLessThan(30);
        } finally {
            app.close();
        }
    }

    @Test
    void readinessGoesDownBeforeTheProcessExits() throws Exception {
        AppProcess app = AppProcess.start(Map.of("QUARKUS_SHUTDOWN_DELAY", "3s"));
        try {
            assertThat(app.get("/q/health/ready")).isEqualTo(200);
            long sigterm = System.nanoTime();
            app.process().destroy();

            int ready = 0;
            int live = 0;
            while (System.nanoTime() - sigterm < TimeUnit.SECONDS.toNanos(2)) {
                ready = app.get("/q/health/ready");
                live = app.get("/q/health/live");
                if (ready == 503) {
                    break;
                }
                Thread.sleep(50);
            }
            assertThat(ready).as("readiness during the shutdown delay").isEqualTo(503);
            assertThat(live).as("liveness during the shutdown delay").isEqualTo(200);
            assertThat(app.process().waitFor(30, TimeUnit.SECONDS)).as("exits within the grace period").isTrue();
        } finally {
            app.close();
        }
    }
}
