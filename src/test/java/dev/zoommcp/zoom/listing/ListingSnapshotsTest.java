package dev.zoommcp.zoom.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import dev.zoommcp.zoom.AccessToken;

/** Snapshots are bounded by the meetings they hold and by their number, and expire. */
class ListingSnapshotsTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final AccessToken A = AccessToken.of("token-a");
    private static final AccessToken B = AccessToken.of("token-b");
    private static final AccessToken C = AccessToken.of("token-c");

    private static RecordingCatalog.Listing listing(int meetings) {
        return new RecordingCatalog.Listing(Collections.nCopies(meetings, null), true);
    }

    private final ListingSnapshots snapshots = new ListingSnapshots(Duration.ofMinutes(5), 10, 1000);

    @Test
    void theMeetingsHeldNeverExceedTheBudget() {
        for (int i = 0; i < 50; i++) {
            snapshots.put(AccessToken.of("token-" + i), FROM, FROM.plusMonths(6), listing(150 + i));
            assertThat(snapshots.meetings()).as("after " + (i + 1) + " snapshots").isLessThanOrEqualTo(1000);
        }
        assertThat(snapshots.size()).isBetween(1L, 6L);
    }

    @Test
    void aListingLargerThanTheBudgetIsNotKept() {
        snapshots.put(A, FROM, FROM.plusMonths(6), listing(300));
        snapshots.put(B, FROM, FROM.plusMonths(12), listing(1001));

        assertThat(snapshots.get(B, FROM, FROM.plusMonths(12))).isEmpty();
        assertThat(snapshots.get(A, FROM, FROM.plusMonths(6))).as("nothing evicted for it").isPresent();
        assertThat(snapshots.meetings()).isEqualTo(300);
    }

    @Test
    void replacingASnapshotCountsItOnce() {
        snapshots.put(A, FROM, FROM.plusMonths(6), listing(300));
        snapshots.put(A, FROM, FROM.plusMonths(6), listing(200));

        assertThat(snapshots.meetings()).isEqualTo(200);
    }

    @Test
    void theNumberOfSnapshotsIsBoundedToo() {
        ListingSnapshots few = new ListingSnapshots(Duration.ofMinutes(5), 2, 1000);
        for (int i = 0; i < 20; i++) {
            few.put(AccessToken.of("token-" + i), FROM, FROM.plusMonths(2), listing(1));
            assertThat(few.size()).isLessThanOrEqualTo(2);
        }
        assertThat(few.meetings()).isLessThanOrEqualTo(2);
    }

    @Test
    void snapshotsExpireAfterTheirTtlAndAreNeverSharedAcrossTokens() {
        AtomicLong nanos = new AtomicLong();
        ListingSnapshots timed = new ListingSnapshots(Duration.ofMinutes(5), 10, 1000, nanos::get);
        timed.put(A, FROM, FROM.plusMonths(2), listing(3));

        assertThat(timed.get(B, FROM, FROM.plusMonths(2))).as("another token").isEmpty();
        nanos.addAndGet(Duration.ofMinutes(4).toNanos());
        assertThat(timed.get(A, FROM, FROM.plusMonths(2))).isPresent();
        nanos.addAndGet(Duration.ofMinutes(2).toNanos());
        assertThat(timed.get(A, FROM, FROM.plusMonths(2))).isEmpty();
    }
}
