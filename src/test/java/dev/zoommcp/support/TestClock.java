package dev.zoommcp.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

/**
 * The server's clock in every {@code @QuarkusTest}: pinned, so that no test depends on the day it runs. Replaces the
 * application's UTC system clock (a {@code @DefaultBean}). Tests that need another day call {@link #pinTo(Instant)}
 * and {@link #reset()} afterwards.
 */
@Singleton
public class TestClock extends Clock {

    /**
     * A hard day by default: the last day of a month that follows February, late in the UTC day (a day earlier or
     * later in other time zones), where a range of "30 days before today" would not fit one Zoom request.
     */
    public static final Instant DEFAULT = Instant.parse("2026-03-31T23:30:00Z");

    private volatile Instant now = DEFAULT;

    public void pinTo(Instant instant) {
        now = instant;
    }

    public void reset() {
        now = DEFAULT;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
