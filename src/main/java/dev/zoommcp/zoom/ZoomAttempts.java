package dev.zoommcp.zoom;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import io.smallrye.mutiny.Uni;

/**
 * Cuts a Zoom call short, and closes its connection, when one attempt takes too long or when whoever waits for the
 * call gives up (tool deadline, client cancellation).
 * <p>
 * Fault Tolerance's {@code @Timeout} and a cancelled caller cannot do this on their own: Fault Tolerance fails or drops
 * the {@code Uni} it returns, not the one inside, so the HTTP request would stay open until the REST client's read
 * timeout and a retry could even start after the caller left. Here each attempt is raced against its timeout and
 * against the caller's stop signal; the loser is cancelled, which resets its HTTP request.
 */
final class ZoomAttempts {

    /** Fails an attempt whose caller has gone; never retried, never counted by a circuit breaker. */
    static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("the caller stopped waiting", null, false, false);
        }
    }

    private final CompletableFuture<Void> stopped = new CompletableFuture<>();

    private ZoomAttempts() {
    }

    /**
     * Runs {@code call} (which makes attempts through {@link #attempt}) so that cancelling the returned {@code Uni}
     * stops the attempt in flight and any retry.
     */
    static <T> Uni<T> stoppable(Function<ZoomAttempts, Uni<T>> call) {
        ZoomAttempts attempts = new ZoomAttempts();
        return Uni.createFrom().deferred(() -> call.apply(attempts))
                .onCancellation().invoke(() -> attempts.stopped.complete(null));
    }

    /** One attempt: fails with {@link TimeoutException} after {@code timeout}, or {@link Abandoned} when stopped. */
    <T> Uni<T> attempt(Uni<T> call, Duration timeout) {
        return attempt(cut(call, timeout));
    }

    /** One attempt without a timeout of its own: fails with {@link Abandoned} when stopped. */
    <T> Uni<T> attempt(Uni<T> call) {
        if (stopped.isDone()) {
            return Uni.createFrom().failure(new Abandoned());
        }
        Uni<T> stop = Uni.createFrom().emitter(emitter -> stopped.thenRun(() -> emitter.fail(new Abandoned())));
        return Uni.combine().any().of(call, stop);
    }

    /** {@code call}, cancelled (request reset) and failed with {@link TimeoutException} after {@code timeout}. */
    static <T> Uni<T> cut(Uni<T> call, Duration timeout) {
        return call.ifNoItem().after(timeout).failWith(() -> new TimeoutException(
                "Zoom did not answer within " + timeout.toMillis() + " ms"));
    }
}
