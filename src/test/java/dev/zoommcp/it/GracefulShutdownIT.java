package dev.zoommcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** On SIGTERM readiness turns DOWN first (so the pod leaves the Service) while liveness holds, then the process ends. */
class GracefulShutdownIT {

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
