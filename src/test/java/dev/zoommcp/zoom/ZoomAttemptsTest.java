package dev.zoommcp.zoom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;

/** An abandoned attempt is cancelled (which resets its HTTP request), whether by its timeout or by a caller leaving. */
class ZoomAttemptsTest {

    private final AtomicBoolean requestCancelled = new AtomicBoolean();
    private final Uni<String> silentZoom = Uni.createFrom().<String> nothing()
            .onCancellation().invoke(() -> requestCancelled.set(true));

    @Test
    void aTimedOutAttemptIsCancelledAndFailsAsATimeout() {
        Throwable failure = ZoomAttempts.stoppable(attempts -> attempts.attempt(silentZoom, Duration.ofMillis(50)))
                .onItem().<Throwable> transform(item -> null).onFailure().recoverWithItem(f -> f)
                .await().atMost(Duration.ofSeconds(5));

        assertThat(failure).isInstanceOf(TimeoutException.class).hasMessageContaining("50 ms");
        assertThat(requestCancelled).isTrue();
    }

    @Test
    void aCallerLeavingCancelsTheAttemptInFlightAndRefusesFurtherAttempts() {
        AtomicReference<ZoomAttempts> seen = new AtomicReference<>();
        AtomicReference<Throwable> attemptFailure = new AtomicReference<>();
        Cancellable subscription = ZoomAttempts.stoppable(attempts -> {
            seen.set(attempts);
            return attempts.attempt(silentZoom, Duration.ofMinutes(1)).onFailure().invoke(attemptFailure::set);
        }).subscribe().with(item -> {
        }, failure -> {
        });

        subscription.cancel();

        assertThat(requestCancelled).as("the request in flight was reset").isTrue();
        assertThat(attemptFailure.get()).isInstanceOf(ZoomAttempts.Abandoned.class);
        Throwable retry = seen.get().attempt(Uni.createFrom().item("never asked"), Duration.ofMinutes(1))
                .onItem().<Throwable> transform(item -> null).onFailure().recoverWithItem(f -> f)
                .await().atMost(Duration.ofSeconds(1));
        assertThat(retry).as("a retry after the caller left").isInstanceOf(ZoomAttempts.Abandoned.class);
    }

    @Test
    void anAnswerInTimePassesThrough() {
        assertThat(ZoomAttempts.stoppable(attempts -> attempts.attempt(Uni.createFrom().item("ok"), Duration.ofSeconds(1)))
                .await().atMost(Duration.ofSeconds(1))).isEqualTo("ok");
    }
}
