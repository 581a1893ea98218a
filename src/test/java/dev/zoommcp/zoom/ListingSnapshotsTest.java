package dev.zoommcp.zoom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;

import org.junit.jupiter.api.Test;

/** Snapshots are bounded by the meetings they hold, not only by their number. */
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
    void theLeastRecentlyUsedGoFirstWhenTheMeetingBudgetIsFull() {
        snapshots.put(A, FROM, FROM.plusMonths(6), listing(400));
        snapshots.put(B, FROM, FROM.plusMonths(6), listing(400));
        snapshots.get(A, FROM, FROM.plusMonths(6));

        snapshots.put(C, FROM, FROM.plusMonths(6), listing(400));

        assertThat(snapshots.get(B, FROM, FROM.plusMonths(6))).as("least recently used").isEmpty();
        assertThat(snapshots.get(A, FROM, FROM.plusMonths(6))).isPresent();
        assertThat(snapshots.get(C, FROM, FROM.plusMonths(6))).isPresent();
        assertThat(snapshots.meetings()).isEqualTo(800);
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
        few.put(A, FROM, FROM.plusMonths(2), listing(1));
        few.put(B, FROM, FROM.plusMonths(2), listing(1));
        few.put(C, FROM, FROM.plusMonths(2), listing(1));

        assertThat(few.get(A, FROM, FROM.plusMonths(2))).isEmpty();
        assertThat(few.meetings()).isEqualTo(2);
    }
}
