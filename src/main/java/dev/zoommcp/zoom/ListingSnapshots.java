package dev.zoommcp.zoom;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * Recent merged listings, so that the later pages of a long range are cut from the same snapshot as the first page:
 * no meeting is repeated or skipped when a recording lands between two calls, and Zoom is not asked again for every
 * month. Keyed by a SHA-256 of the caller's token (never the token) and the range; entries expire after the TTL and
 * the least recently used go first when there are too many snapshots or too many meetings in them altogether (memory
 * is bounded by meetings, about 1 KB each, not just by snapshots: one year of a busy account is tens of thousands). A
 * listing larger than the whole budget is not kept; its later pages are then listed again.
 */
final class ListingSnapshots {

    private record Entry(RecordingCatalog.Listing listing, long expiresAtNanos) {
    }

    private final Duration ttl;
    private final int capacity;
    private final int maxMeetings;
    /** In access order: the first entry is the least recently used. */
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private int meetings;

    ListingSnapshots(Duration ttl, int capacity, int maxMeetings) {
        this.ttl = ttl;
        this.capacity = capacity;
        this.maxMeetings = maxMeetings;
    }

    synchronized void put(AccessToken token, LocalDate from, LocalDate to, RecordingCatalog.Listing listing) {
        String key = key(token, from, to);
        remove(key);
        int size = listing.meetings().size();
        if (size > maxMeetings) {
            return;
        }
        while (!entries.isEmpty() && (entries.size() >= capacity || meetings + size > maxMeetings)) {
            remove(entries.keySet().iterator().next());
        }
        entries.put(key, new Entry(listing, System.nanoTime() + ttl.toNanos()));
        meetings += size;
    }

    /** Meetings held in all snapshots. */
    synchronized int meetings() {
        return meetings;
    }

    synchronized Optional<RecordingCatalog.Listing> get(AccessToken token, LocalDate from, LocalDate to) {
        String key = key(token, from, to);
        Entry entry = entries.get(key);
        if (entry == null || entry.expiresAtNanos() - System.nanoTime() < 0) {
            remove(key);
            return Optional.empty();
        }
        return Optional.of(entry.listing());
    }

    private void remove(String key) {
        Entry removed = entries.remove(key);
        if (removed != null) {
            meetings -= removed.listing().meetings().size();
        }
    }

    private static String key(AccessToken token, LocalDate from, LocalDate to) {
        return token.fingerprint() + "|" + from + "|" + to;
    }
}
