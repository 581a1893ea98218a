package dev.zoommcp.zoom.listing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import dev.zoommcp.zoom.AccessToken;

/**
 * Recent merged listings, so that the later pages of a long range are cut from the same snapshot as the first page:
 * no meeting is repeated or skipped when a recording lands between two calls, and Zoom is not asked again for every
 * month. Keyed by a SHA-256 of the caller's token (never the token) and the range.
 * <p>
 * A Caffeine cache: entries expire {@code ttl} after they were written, and the cache is bounded by weight, each
 * snapshot weighing its meetings (about 1 KB of heap each) but at least {@code maxMeetings / capacity}. So the
 * snapshots together never hold more than {@code maxMeetings} meetings, nor are there more than {@code capacity} of
 * them; which ones go first is Caffeine's choice (recency and frequency). A listing larger than the whole budget is not
 * kept; its later pages are then listed again.
 */
final class ListingSnapshots {

    private final Cache<String, RecordingCatalog.Listing> cache;
    private final int maxMeetings;

    ListingSnapshots(Duration ttl, int capacity, int maxMeetings) {
        this(ttl, capacity, maxMeetings, Ticker.systemTicker());
    }

    ListingSnapshots(Duration ttl, int capacity, int maxMeetings, Ticker ticker) {
        this.maxMeetings = maxMeetings;
        int leastWeight = Math.max(1, maxMeetings / Math.max(1, capacity));
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumWeight(maxMeetings)
                .<String, RecordingCatalog.Listing> weigher((key, listing) -> Math.max(leastWeight,
                        listing.meetings().size()))
                .executor(Runnable::run)
                .ticker(ticker)
                .build();
    }

    void put(AccessToken token, LocalDate from, LocalDate to, RecordingCatalog.Listing listing) {
        String key = key(token, from, to);
        if (listing.meetings().size() > maxMeetings) {
            cache.invalidate(key);
            return;
        }
        cache.put(key, listing);
    }

    Optional<RecordingCatalog.Listing> get(AccessToken token, LocalDate from, LocalDate to) {
        return Optional.ofNullable(cache.getIfPresent(key(token, from, to)));
    }

    /** Meetings held in all snapshots. */
    int meetings() {
        cache.cleanUp();
        return cache.asMap().values().stream().mapToInt(listing -> listing.meetings().size()).sum();
    }

    /** Snapshots held. */
    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private static String key(AccessToken token, LocalDate from, LocalDate to) {
        return token.fingerprint() + "|" + from + "|" + to;
    }
}
