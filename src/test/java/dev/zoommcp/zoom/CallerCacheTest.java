package dev.zoommcp.zoom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;

class CallerCacheTest {

    private static final AccessToken ALICE = AccessToken.of("alice-token-canary-1");
    private static final AccessToken BOB = AccessToken.of("bob-token-canary-2");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();

    private static ZoomConfig.Cache config(boolean enabled, Duration ttl, long maxBytes) {
        return new ZoomConfig.Cache() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public Duration ttl() {
                return ttl;
            }

            @Override
            public long maxBytes() {
                return maxBytes;
            }
        };
    }

    private CallerCache cache(boolean enabled, long maxBytes) {
        return new CallerCache(config(enabled, Duration.ofMinutes(5), maxBytes), registry, nanos::get);
    }

    private String get(CallerCache cache, AccessToken token, String id, int bytes) {
        return cache.get(token, CallerCache.Kind.TRANSCRIPT, id,
                () -> Uni.createFrom().item(() -> id + "#" + loads.incrementAndGet()), value -> bytes)
                .await().indefinitely();
    }

    private double count(String result) {
        return registry.get("zoom.cache.requests").tag("kind", "transcript").tag("result", result).counter().count();
    }

    @Test
    void aSecondRequestOfTheSameCallerIsAnsweredFromTheCache() {
        CallerCache cache = cache(true, 1_000_000);

        assertThat(get(cache, ALICE, "m1", 100)).isEqualTo("m1#1");
        assertThat(get(cache, ALICE, "m1", 100)).isEqualTo("m1#1");

        assertThat(loads).hasValue(1);
        assertThat(count("hit")).isEqualTo(1);
        assertThat(count("miss")).isEqualTo(1);
    }

    @Test
    void anotherTokenNeverReadsACallersEntries() {
        CallerCache cache = cache(true, 1_000_000);

        get(cache, ALICE, "m1", 100);

        assertThat(get(cache, BOB, "m1", 100)).isEqualTo("m1#2");
        assertThat(cache.contains(BOB, CallerCache.Kind.TRANSCRIPT, "m1")).isTrue();
        assertThat(cache.contains(ALICE, CallerCache.Kind.CHAT, "m1")).isFalse();
    }

    @Test
    void entriesExpireAfterTheTtl() {
        CallerCache cache = cache(true, 1_000_000);
        get(cache, ALICE, "m1", 100);

        nanos.addAndGet(Duration.ofMinutes(5).plusSeconds(1).toNanos());

        assertThat(get(cache, ALICE, "m1", 100)).isEqualTo("m1#2");
    }

    @Test
    void fillingItPastItsByteBoundEvicts() {
        CallerCache cache = cache(true, 100_000);

        for (int i = 0; i < 50; i++) {
            get(cache, i % 2 == 0 ? ALICE : BOB, "m" + i, 10_000);
        }

        assertThat(cache.weightedBytes()).isLessThanOrEqualTo(100_000);
        assertThat(cache.size()).isLessThanOrEqualTo(100_000 / (10_000 + CallerCache.ENTRY_OVERHEAD_BYTES)).isPositive();
        assertThat(registry.get("zoom.cache.bytes").gauge().value()).isEqualTo(cache.weightedBytes());
    }

    @Test
    void failuresAreNotKeptUnlessAsked() {
        CallerCache cache = cache(true, 1_000_000);
        for (int i = 0; i < 2; i++) {
            cache.get(ALICE, CallerCache.Kind.SUMMARY, "m1", () -> {
                loads.incrementAndGet();
                return Uni.createFrom().<String> failure(new IllegalStateException("boom"));
            }, value -> 1).onFailure().recoverWithItem("failed").await().indefinitely();
        }
        for (int i = 0; i < 2; i++) {
            cache.get(ALICE, CallerCache.Kind.SUMMARY, "m2", () -> {
                loads.incrementAndGet();
                return Uni.createFrom().<String> failure(new IllegalArgumentException("no summary"));
            }, value -> 1, IllegalArgumentException.class::isInstance).onFailure().recoverWithItem("failed")
                    .await().indefinitely();
        }

        assertThat(loads).as("two loads of m1, one of m2").hasValue(3);
    }

    @Test
    void switchedOffEveryRequestLoads() {
        CallerCache cache = cache(false, 1_000_000);

        get(cache, ALICE, "m1", 100);
        get(cache, ALICE, "m1", 100);

        assertThat(loads).hasValue(2);
        assertThat(cache.contains(ALICE, CallerCache.Kind.TRANSCRIPT, "m1")).isFalse();
    }

    @Test
    void metricsCarryNoIdentifier() {
        CallerCache cache = cache(true, 1_000_000);
        get(cache, ALICE, "85746065432", 100);

        for (Meter meter : registry.getMeters()) {
            assertThat(meter.getId().getTags()).allSatisfy(tag -> assertThat(tag.getValue())
                    .doesNotContain("canary", "85746065432", ALICE.fingerprint().substring(0, 12)));
        }
    }
}
