package dev.zoommcp.zoom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
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
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.reveal().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest) + "|" + from + "|" + to;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
