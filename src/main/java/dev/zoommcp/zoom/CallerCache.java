package dev.zoommcp.zoom;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/**
 * What Zoom answered each caller in the last few minutes (recording listings and details, parsed transcripts and chats,
 * AI summaries), so that an agent's usual sequence (list, details, transcript, chat, summary) and a repeated or refined
 * search ask Zoom for each object once. Zoom's rate limits are per account and shared by every app: each request saved
 * is quota the user keeps.
 * <ul>
 * <li><b>Per caller.</b> Entries are keyed by the SHA-256 fingerprint of the caller's token (never the token), the kind
 * of object and its id: a token never reads another token's entries.</li>
 * <li><b>Bounded.</b> By time ({@code zoom.cache.ttl} after an entry was written, so a revoked token reads what it had
 * fetched for at most that long) and by size: {@code zoom.cache.max-bytes} of estimated heap in all; Caffeine evicts
 * what is least likely to be used again.</li>
 * <li><b>Off switch.</b> {@code zoom.cache.enabled=false}: every call goes to Zoom.</li>
 * <li><b>Metrics.</b> {@code zoom.cache.requests{kind,result=hit|miss}} and {@code zoom.cache.bytes}; no identifier in
 * any tag.</li>
 * </ul>
 * Only successful answers are kept, and failures a caller asks to keep (such as "this meeting has no summary"). Two
 * concurrent misses of one object may both fetch it.
 */
@ApplicationScoped
public class CallerCache {

    /** The kinds of objects kept; also the {@code kind} tag of the metrics. */
    public enum Kind {
        LISTING, DETAILS, TRANSCRIPT, CHAT, SUMMARY;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What every entry weighs besides its value: key, fingerprint, map and bookkeeping. */
    static final long ENTRY_OVERHEAD_BYTES = 256;

    private record Key(String caller, Kind kind, String id) {
    }

    private record Entry(Object value, Throwable failure, long bytes) {
    }

    private final boolean enabled;
    private final Cache<Key, Entry> entries;
    private final Map<Kind, Counter> hits = new EnumMap<>(Kind.class);
    private final Map<Kind, Counter> misses = new EnumMap<>(Kind.class);

    @Inject
    CallerCache(ZoomConfig config, MeterRegistry registry, Clock clock) {
        this(config.cache(), registry, () -> clock.millis() * 1_000_000L);
    }

    CallerCache(ZoomConfig.Cache config, MeterRegistry registry, Ticker ticker) {
        this.enabled = config.enabled();
        this.entries = Caffeine.newBuilder()
                .expireAfterWrite(config.ttl())
                .maximumWeight(config.maxBytes())
                .<Key, Entry> weigher((key, entry) -> (int) Math.min(Integer.MAX_VALUE, entry.bytes()))
                .executor(Runnable::run)
                .ticker(ticker)
                .build();
        for (Kind kind : Kind.values()) {
            hits.put(kind, counter(registry, kind, "hit"));
            misses.put(kind, counter(registry, kind, "miss"));
        }
        Gauge.builder("zoom.cache.bytes", this, CallerCache::weightedBytes)
                .description("Estimated heap held by the per-caller cache of Zoom answers").baseUnit("bytes")
                .register(registry);
    }

    /**
     * The caller's {@code kind} object {@code id}: kept, or loaded and kept when the load succeeds.
     *
     * @param bytes estimated heap of a loaded value (the entry's overhead is added)
     */
    public <T> Uni<T> get(AccessToken token, Kind kind, String id, Supplier<Uni<T>> load, ToLongFunction<T> bytes) {
        return get(token, kind, id, load, bytes, failure -> false);
    }

    /** {@link #get(AccessToken, Kind, String, Supplier, ToLongFunction)}, also keeping the failures {@code keep} accepts. */
    @SuppressWarnings("unchecked")
    public <T> Uni<T> get(AccessToken token, Kind kind, String id, Supplier<Uni<T>> load, ToLongFunction<T> bytes,
            Predicate<Throwable> keep) {
        if (!enabled) {
            return Uni.createFrom().deferred(load::get);
        }
        return Uni.createFrom().deferred(() -> {
            Key key = new Key(token.fingerprint(), kind, id);
            Entry entry = entries.getIfPresent(key);
            if (entry != null) {
                hits.get(kind).increment();
                return entry.failure() != null ? Uni.createFrom().failure(entry.failure())
                        : Uni.createFrom().item((T) entry.value());
            }
            misses.get(kind).increment();
            return load.get()
                    .invoke(value -> keep(key, value, bytes))
                    .onFailure(keep).invoke(failure -> entries.put(key, new Entry(null, failure, ENTRY_OVERHEAD_BYTES)));
        });
    }

    /**
     * Keeps {@code value}, just loaded under another id, as the caller's {@code kind} object {@code id} too: the instance
     * uuid of a meeting that was asked for by its numeric id, for one.
     */
    public <T> void keepAlso(AccessToken token, Kind kind, String id, T value, ToLongFunction<T> bytes) {
        if (enabled) {
            keep(new Key(token.fingerprint(), kind, id), value, bytes);
        }
    }

    private <T> void keep(Key key, T value, ToLongFunction<T> bytes) {
        entries.put(key, new Entry(value, null, ENTRY_OVERHEAD_BYTES + bytes.applyAsLong(value)));
    }

    /** The failure kept as the caller's {@code kind} object {@code id}, if one is. */
    public Optional<Throwable> keptFailure(AccessToken token, Kind kind, String id) {
        if (!enabled) {
            return Optional.empty();
        }
        Entry entry = entries.getIfPresent(new Key(token.fingerprint(), kind, id));
        return entry == null ? Optional.empty() : Optional.ofNullable(entry.failure());
    }

    /** Keeps {@code failure} as the caller's {@code kind} object {@code id}: an answer that holds for all its objects. */
    public void keepFailure(AccessToken token, Kind kind, String id, Throwable failure) {
        if (enabled) {
            entries.put(new Key(token.fingerprint(), kind, id), new Entry(null, failure, ENTRY_OVERHEAD_BYTES));
        }
    }

    /** Whether the caller's {@code kind} object {@code id} is kept now. */
    public boolean contains(AccessToken token, Kind kind, String id) {
        return enabled && entries.getIfPresent(new Key(token.fingerprint(), kind, id)) != null;
    }

    /** Forgets every entry of every caller. */
    public void invalidateAll() {
        entries.invalidateAll();
        entries.cleanUp();
    }

    /** Estimated heap held by all entries now. */
    long weightedBytes() {
        entries.cleanUp();
        return entries.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0)).orElse(0L);
    }

    /** Entries held now. */
    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    private static Counter counter(MeterRegistry registry, Kind kind, String result) {
        return Counter.builder("zoom.cache.requests").description("Per-caller cache lookups of Zoom objects, by kind")
                .tag("kind", kind.tag()).tag("result", result).register(registry);
    }
}
