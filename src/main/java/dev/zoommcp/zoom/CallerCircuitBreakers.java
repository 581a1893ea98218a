package dev.zoommcp.zoom;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;

import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Uni;

/**
 * A circuit breaker per caller (token fingerprint) and Zoom endpoint: it opens when half of the caller's last
 * {@code zoom.circuit-breaker.request-volume-threshold} calls failed on Zoom's side, fails that caller's calls fast for
 * {@code delay}, then lets {@code success-threshold} trial calls through. One account's outage or broken meeting
 * cannot trip the breaker for the other callers of a shared server. 4xx answers never count. At most
 * {@code max-tracked} callers are tracked; the least recently seen are forgotten.
 */
@ApplicationScoped
public class CallerCircuitBreakers {

    private static final TypeLiteral<Uni<Object>> UNI = new TypeLiteral<>() {
    };

    private final ZoomConfig.CircuitBreaker config;
    private final Map<String, TypedGuard<Uni<Object>>> guards;

    public CallerCircuitBreakers(ZoomConfig config) {
        this.config = config.circuitBreaker();
        this.guards = new BoundedMap<>(this.config.maxTracked());
    }

    /** Runs the call through the caller's breaker for this endpoint. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> Uni<T> guard(AccessToken token, String endpoint, Supplier<Uni<T>> call) {
        TypedGuard<Uni<Object>> guard = guardFor(token.fingerprint() + "|" + endpoint);
        return (Uni<T>) guard.get((Supplier) call);
    }

    /** Forgets every breaker (all closed again). */
    public synchronized void resetAll() {
        guards.clear();
    }

    private synchronized TypedGuard<Uni<Object>> guardFor(String key) {
        return guards.computeIfAbsent(key, k -> TypedGuard.create(UNI)
                .withCircuitBreaker()
                .requestVolumeThreshold(config.requestVolumeThreshold())
                .failureRatio(config.failureRatio())
                .delay(config.delay().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(config.successThreshold())
                .skipOn(ZoomException.ClientError.class)
                .done()
                .build());
    }
}
