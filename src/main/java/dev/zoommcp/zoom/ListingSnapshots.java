package dev.zoommcp.zoom;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Recent merged listings, so that the later pages of a long range are cut from the same snapshot as the first page:
 * no meeting is repeated or skipped when a recording lands between two calls, and Zoom is not asked again for every
 * month. Keyed by a SHA-256 of the caller's token (never the token) and the range; entries expire after the TTL and
 * the least recently used go first when full.
 */
final class ListingSnapshots {

    private record Entry(RecordingCatalog.Listing listing, long expiresAtNanos) {
    }

    private final Duration ttl;
    private final Map<String, Entry> entries;

    ListingSnapshots(Duration ttl, int capacity) {
        this.ttl = ttl;
        this.entries = new BoundedMap<>(capacity);
    }

    synchronized void put(AccessToken token, LocalDate from, LocalDate to, RecordingCatalog.Listing listing) {
        entries.put(key(token, from, to), new Entry(listing, System.nanoTime() + ttl.toNanos()));
    }

    synchronized Optional<RecordingCatalog.Listing> get(AccessToken token, LocalDate from, LocalDate to) {
        String key = key(token, from, to);
        Entry entry = entries.get(key);
        if (entry == null || entry.expiresAtNanos() - System.nanoTime() < 0) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(entry.listing());
    }

    private static String key(AccessToken token, LocalDate from, LocalDate to) {
        return token.fingerprint() + "|" + from + "|" + to;
    }
}
