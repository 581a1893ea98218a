package dev.zoommcp.zoom;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;

/**
 * The per-caller guards are bounded: a server with many callers keeps at most max-tracked breakers. A Quarkus test
 * only because Fault Tolerance's guards need its runtime; the guards under test are built here, with a small bound.
 */
@QuarkusTest
class CallerGuardsTest {

    /** A configuration interface answering from a map. */
    @SuppressWarnings("unchecked")
    private static <T> T config(Class<T> type, Map<String, Object> values) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
                (proxy, method, args) -> values.get(method.getName()));
    }

    @Test
    void atMostMaxTrackedCallersAreKept() {
        CallerGuards guards = new CallerGuards(
                config(ZoomConfig.CircuitBreaker.class, Map.of("requestVolumeThreshold", 20, "failureRatio", 0.5,
                        "delay", Duration.ofSeconds(10), "successThreshold", 2, "maxTracked", 5)),
                config(ZoomConfig.Download.class, Map.of("perCallerConcurrency", 4, "perCallerQueue", 16)));

        for (int i = 0; i < 100; i++) {
            String answer = guards.guard(AccessToken.of("caller-" + i), "listRecordings",
                    () -> Uni.createFrom().item("ok")).await().atMost(Duration.ofSeconds(5));
            assertThat(answer).isEqualTo("ok");
            assertThat(guards.tracked()).isLessThanOrEqualTo(5);
        }
        guards.resetAll();
        assertThat(guards.tracked()).isZero();
    }
}
