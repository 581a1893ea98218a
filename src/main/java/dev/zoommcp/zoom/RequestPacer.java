package dev.zoommcp.zoom;

import java.time.Duration;
import java.util.function.LongSupplier;

import io.smallrye.mutiny.Uni;

/**
 * Spaces requests evenly to at most {@code perSecond} per second, so that a fan-out (a transcript search over many
 * meetings) stays inside Zoom's per-account rate limits, which every app of the account shares. Thread-safe; one pacer
 * serves one fan-out. Waits are whole milliseconds (timers cannot wait less), rounded up.
 */
public final class RequestPacer {

    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private long nextSlot;

    public RequestPacer(int perSecond) {
        this(perSecond, System::nanoTime);
    }

    RequestPacer(int perSecond, LongSupplier nanoClock) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("perSecond must be at least 1");
        }
        this.intervalNanos = 1_000_000_000L / perSecond;
        this.nanoClock = nanoClock;
        this.nextSlot = nanoClock.getAsLong();
    }

    /** Completes when the caller may send its next request. */
    public Uni<Void> acquire() {
        long waitMillis = reserveMillis();
        Uni<Void> now = Uni.createFrom().voidItem();
        return waitMillis == 0 ? now : now.onItem().delayIt().by(Duration.ofMillis(waitMillis));
    }

    /** Takes the next slot; returns how long to wait for it, in whole milliseconds (0 when it is now). */
    synchronized long reserveMillis() {
        long now = nanoClock.getAsLong();
        long slot = Math.max(now, nextSlot);
        nextSlot = slot + intervalNanos;
        return (slot - now + 999_999) / 1_000_000;
    }
}
