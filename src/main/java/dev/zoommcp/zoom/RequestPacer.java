package dev.zoommcp.zoom;

import java.time.Duration;

import io.smallrye.mutiny.Uni;

/**
 * Spaces requests evenly to at most {@code perSecond} per second, so that a fan-out (a transcript search over many
 * meetings) stays inside Zoom's per-account rate limits, which every app of the account shares. Thread-safe; one pacer
 * serves one fan-out.
 */
public final class RequestPacer {

    private final long intervalNanos;
    private long nextSlot = System.nanoTime();

    public RequestPacer(int perSecond) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("perSecond must be at least 1");
        }
        this.intervalNanos = 1_000_000_000L / perSecond;
    }

    /** Completes when the caller may send its next request. */
    public Uni<Void> acquire() {
        Duration wait = reserve();
        Uni<Void> now = Uni.createFrom().voidItem();
        return wait.isZero() ? now : now.onItem().delayIt().by(wait);
    }

    private synchronized Duration reserve() {
        long now = System.nanoTime();
        long slot = Math.max(now, nextSlot);
        nextSlot = slot + intervalNanos;
        return Duration.ofNanos(slot - now);
    }
}
