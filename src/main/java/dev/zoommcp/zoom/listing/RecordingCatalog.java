package dev.zoommcp.zoom.listing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import dev.zoommcp.zoom.AccessToken;
import dev.zoommcp.zoom.CallerCache;
import dev.zoommcp.zoom.ZoomConfig;
import dev.zoommcp.zoom.ZoomGateway;
import dev.zoommcp.zoom.api.model.MeetingRecordings;
import dev.zoommcp.zoom.api.model.RecordingListPage;
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

        /** The meetings {@code keep} accepts, in the same order. */
        public Listing filter(Predicate<MeetingRecordings> keep) {
            return new Listing(meetings.stream().filter(keep).toList(), complete);
        }
    }

    private record WindowListing(List<MeetingRecordings> meetings, boolean complete) {
    }

    private final ZoomGateway zoom;
    private final ZoomConfig.Listing config;
    private final ListingSnapshots snapshots;
    private final CallerCache cache;

    public RecordingCatalog(ZoomGateway zoom, ZoomConfig config, CallerCache cache) {
        this.zoom = zoom;
        this.cache = cache;
        this.config = config.listing();
        this.snapshots = new ListingSnapshots(this.config.snapshotTtl(), this.config.snapshotCapacity(),
                this.config.snapshotMaxMeetings());
    }

    /** Every recording of the range, fetched now. The result is kept as a snapshot for {@link #snapshot}. */
    public Uni<Listing> listAll(AccessToken token, LocalDate from, LocalDate to) {
        return Multi.createFrom().iterable(DateWindows.split(from, to))
                .onItem().transformToUni(window -> listWindow(token, window)).merge(config.windowConcurrency())
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

    /**
     * Every recording of the range as this caller listed it within {@code zoom.cache.ttl} (so a repeated or refined
     * search does not list again); fetched now when the cache holds none or is off.
     */
    public Uni<Listing> listRecent(AccessToken token, LocalDate from, LocalDate to) {
        return cache.get(token, CallerCache.Kind.LISTING, from + "/" + to, () -> listAll(token, from, to),
                listing -> 1024L * listing.meetings().size());
    }

    /**
     * Page {@code pageNumber} of a range Zoom serves in one request, pages of {@code pageSize} counted from
     * {@code pageToken} (null: the first page), reached by following Zoom's next_page_tokens; past the last page, an
     * empty page.
     */
    public Uni<RecordingListPage> page(AccessToken token, DateWindows.Window window, int pageSize, String pageToken,
            int pageNumber) {
        return walk(token, window, pageSize, pageToken, pageNumber, false).map(walked -> {
            RecordingListPage last = walked.last();
            return walked.read() == pageNumber ? last
                    : new RecordingListPage(last.from(), last.to(), last.pageSize(), last.totalRecords(), null, List.of());
        });
    }

    private Uni<WindowListing> listWindow(AccessToken token, DateWindows.Window window) {
        return walk(token, window, ZOOM_MAX_PAGE_SIZE, null, config.maxPagesPerWindow(), true).map(walked -> {
            List<MeetingRecordings> meetings = new ArrayList<>();
            walked.kept().forEach(page -> meetings.addAll(page.meetings()));
            return new WindowListing(meetings, !walked.last().hasNextPage());
        });
    }

    /**
     * Follows Zoom's next_page_tokens from {@code pageToken} for at most {@code maxPages} pages, stopping at the last
     * page. Returns every page read when {@code keepAll}, else only the last one (the others' meetings are not kept).
     */
    private Uni<Walked> walk(AccessToken token, DateWindows.Window window, int pageSize, String pageToken,
            int maxPages, boolean keepAll) {
        return walk(token, window, pageSize, pageToken, maxPages, keepAll, new Walked(new ArrayList<>(), 0));
    }

    private Uni<Walked> walk(AccessToken token, DateWindows.Window window, int pageSize, String pageToken,
            int pagesLeft, boolean keepAll, Walked sofar) {
        return zoom.listRecordings(token, window.from(), window.to(), pageSize, pageToken).chain(page -> {
            if (!keepAll) {
                sofar.kept().clear();
            }
            sofar.kept().add(page);
            Walked walked = new Walked(sofar.kept(), sofar.read() + 1);
            return pagesLeft <= 1 || !page.hasNextPage() ? Uni.createFrom().item(walked)
                    : walk(token, window, pageSize, page.nextPageToken(), pagesLeft - 1, keepAll, walked);
        });
    }

    /** Pages kept by a walk (all, or the last one) and how many were read. */
    private record Walked(List<RecordingListPage> kept, int read) {
        RecordingListPage last() {
            return kept.get(kept.size() - 1);
        }
    }

    /** Newest first; a meeting instance that two windows both returned (Zoom's days overlap in time zones) once. */
    private static Listing merge(List<WindowListing> windows) {
        Map<String, MeetingRecordings> byInstance = new LinkedHashMap<>();
        boolean complete = true;
        for (WindowListing window : windows) {
            complete &= window.complete();
            for (MeetingRecordings meeting : window.meetings()) {
                byInstance.putIfAbsent(meeting.instanceKey(), meeting);
            }
        }
        List<MeetingRecordings> meetings = new ArrayList<>(byInstance.values());
        meetings.sort(Comparator.comparing(MeetingRecordings::startTime,
                Comparator.nullsLast(Comparator.<String> reverseOrder())));
        return new Listing(meetings, complete);
    }
}
