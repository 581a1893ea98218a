package dev.zoommcp.zoom;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Uni;

/**
 * Per-caller guards, so that one caller of a shared server cannot spoil it for the others:
 * <ul>
 * <li>a circuit breaker per caller (token fingerprint) and Zoom endpoint: it opens when half of the caller's last
 * {@code zoom.circuit-breaker.request-volume-threshold} calls failed on Zoom's side, fails that caller's calls fast for
 * {@code delay}, then lets {@code success-threshold} trial calls through. One account's outage or broken meeting
 * cannot trip the breaker for the other callers. 4xx answers never count.</li>
 * <li>a bulkhead per caller on downloads ({@code zoom.download.per-caller-concurrency} at once,
 * {@code per-caller-queue} waiting): one caller's searches cannot take every server-wide download slot.</li>
 * </ul>
 * At most {@code zoom.circuit-breaker.max-tracked} caller/endpoint pairs are tracked (a Caffeine cache bounded by
 * size); the ones Caffeine evicts are forgotten (a forgotten breaker starts closed again).
 */
@ApplicationScoped
public class CallerGuards {

    private static final TypeLiteral<Uni<Object>> UNI = new TypeLiteral<>() {
    };

    private final ZoomConfig.CircuitBreaker config;
    private final ZoomConfig.Download downloads;
    private final Cache<String, TypedGuard<Uni<Object>>> guards;

    @Inject
    public CallerGuards(ZoomConfig config) {
        this(config.circuitBreaker(), config.download());
    }

    CallerGuards(ZoomConfig.CircuitBreaker config, ZoomConfig.Download downloads) {
        this.config = config;
        this.downloads = downloads;
        this.guards = Caffeine.newBuilder().maximumSize(config.maxTracked()).executor(Runnable::run).build();
    }

    /** Runs an API call through the caller's breaker for this endpoint. */
    public <T> Uni<T> guard(AccessToken token, String endpoint, Supplier<Uni<T>> call) {
        return run(guardFor(token.fingerprint() + "|" + endpoint, this::breaker), call);
    }

    /**
     * Runs a download in one of the caller's download slots. Taken before the server-wide download bulkhead, so that a
     * caller's queued downloads wait here and do not hold server-wide slots.
     */
    public <T> Uni<T> limitDownloads(AccessToken token, Supplier<Uni<T>> call) {
        return run(guardFor(token.fingerprint() + "|download-slots", this::downloadSlots), call);
    }

    /** Forgets every guard (breakers closed again, bulkheads empty). */
    public void resetAll() {
        guards.invalidateAll();
    }

    /** Caller/endpoint pairs tracked now. */
    long tracked() {
        guards.cleanUp();
        return guards.estimatedSize();
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static <T> Uni<T> run(TypedGuard<Uni<Object>> guard, Supplier<Uni<T>> call) {
        return (Uni<T>) guard.get((Supplier) call);
    }

    private TypedGuard<Uni<Object>> guardFor(String key, Supplier<TypedGuard<Uni<Object>>> create) {
        return guards.get(key, k -> create.get());
    }

    private TypedGuard<Uni<Object>> breaker() {
        return TypedGuard.create(UNI).withCircuitBreaker()
                .requestVolumeThreshold(config.requestVolumeThreshold())
                .failureRatio(config.failureRatio())
                .delay(config.delay().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(config.successThreshold())
                .skipOn(List.of(ZoomException.ClientError.class, ZoomAttempts.Abandoned.class))
                .done()
                .build();
    }

    private TypedGuard<Uni<Object>> downloadSlots() {
        return TypedGuard.create(UNI).withBulkhead().limit(downloads.perCallerConcurrency())
                .queueSize(downloads.perCallerQueue()).done().build();
    }
}
