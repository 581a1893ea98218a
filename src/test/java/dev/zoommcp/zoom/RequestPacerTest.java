package dev.zoommcp.zoom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RequestPacerTest {

    @Test
    void spacesPermitsEvenly() {
        RequestPacer pacer = new RequestPacer(20);
        long start = System.nanoTime();

        for (int i = 0; i < 5; i++) {
            pacer.acquire().await().atMost(Duration.ofSeconds(5));
        }

        // Five permits at 20/s: the first at once, the fifth 4 × 50 ms later.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(190));
    }

    @Test
    void waitsAreWholeMillisecondsRoundedUp() {
        long[] now = { 0 };
        RequestPacer pacer = new RequestPacer(4, () -> now[0]);

        assertThat(pacer.reserveMillis()).isZero();
        now[0] = 249_500_000L; // 0.5 ms before the next slot: a timer cannot wait that long, so wait 1 ms
        assertThat(pacer.reserveMillis()).isEqualTo(1);
        assertThat(pacer.reserveMillis()).isEqualTo(251);
    }

    @Test
    void refusesANonPositiveRate() {
        assertThatThrownBy(() -> new RequestPacer(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
