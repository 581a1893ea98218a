package dev.zoommcp.zoom;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.zoommcp.zoom.model.MeetingRecordings;
import dev.zoommcp.zoom.model.RecordingListPage;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Every recording of a date range of any length: the range is cut into month windows ({@link DateWindows}), the
 * windows are fetched {@code zoom.listing.window-concurrency} at a time, each through all its pages (Zoom's largest page
 * size, at most {@code zoom.listing.max-pages-per-window} pages), and the meetings are merged newest first.
 */
@ApplicationScoped
public class RecordingCatalog {

    /** Zoom's largest page size: the fewest requests for a whole window. */
    static final int ZOOM_MAX_PAGE_SIZE = 300;

    /** The meetings of a range, newest first; {@code complete} is false when a window had more pages than allowed. */
    public record Listing(List<MeetingRecordings> meetings, boolean complete) {
    }

    private record WindowListing(List<MeetingRecordings> meetings, boolean complete) {
    }

    private final ZoomGateway zoom;
    private final ZoomConfig.Listing config;
    private final ListingSnapshots snapshots;

    public RecordingCatalog(ZoomGateway zoom, ZoomConfig config) {
        this.zoom = zoom;
        this.config = config.listing();
        this.snapshots = new ListingSnapshots(this.config.snapshotTtl(), this.config.snapshotCapacity(),
                this.config.snapshotMaxMeetings());
    }

    /** Every recording of the range, fetched now. The result is kept as a snapshot for {@link #snapshot}. */
    public Uni<Listing> listAll(AccessToken token, LocalDate from, LocalDate to) {
        return Multi.createFrom().iterable(DateWindows.split(from, to))
                .onItem().transformToUni(window -> listWindow(token, window, null, 1)).merge(config.windowConcurrency())
                .collect().asList()
                .map(RecordingCatalog::merge)
                .invoke(listing -> snapshots.put(token, from, to, listing));
    }

    /**
     * The listing this caller got for the range moments ago (within {@code zoom.listing.snapshot-ttl}), so that later
     * pages come from the same snapshot; fetched anew when there is none.
     */
    public Uni<Listing> snapshot(AccessToken token, LocalDate from, LocalDate to) {
        return snapshots.get(token, from, to).map(listing -> Uni.createFrom().item(listing))
                .orElseGet(() -> listAll(token, from, to));
    }

    private Uni<WindowListing> listWindow(AccessToken token, DateWindows.Window window, String pageToken, int page) {
        return zoom.listRecordings(token, window.from(), window.to(), ZOOM_MAX_PAGE_SIZE, pageToken).chain(result -> {
            WindowListing here = new WindowListing(result.meetings(), true);
            if (!result.hasNextPage()) {
                return Uni.createFrom().item(here);
            }
            if (page >= config.maxPagesPerWindow()) {
                return Uni.createFrom().item(new WindowListing(result.meetings(), false));
            }
            return listWindow(token, window, result.nextPageToken(), page + 1)
                    .map(rest -> new WindowListing(concat(result, rest.meetings()), rest.complete()));
        });
    }

    private static List<MeetingRecordings> concat(RecordingListPage page, List<MeetingRecordings> rest) {
        List<MeetingRecordings> all = new ArrayList<>(page.meetings());
        all.addAll(rest);
        return all;
    }

    /** Newest first; a meeting instance that two windows both returned (Zoom's days overlap in time zones) once. */
    private static Listing merge(List<WindowListing> windows) {
        Map<String, MeetingRecordings> byInstance = new LinkedHashMap<>();
        boolean complete = true;
        for (WindowListing window : windows) {
            complete &= window.complete();
            for (MeetingRecordings meeting : window.meetings()) {
                byInstance.putIfAbsent(meeting.uuid() != null ? meeting.uuid() : String.valueOf(meeting.id())
                        + meeting.startTime(), meeting);
            }
        }
        List<MeetingRecordings> meetings = new ArrayList<>(byInstance.values());
        meetings.sort(Comparator.comparing(MeetingRecordings::startTime,
                Comparator.nullsLast(Comparator.<String> reverseOrder())));
        return new Listing(meetings, complete);
    }
}
