package dev.zoommcp.tools;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import dev.zoommcp.search.Words;
import dev.zoommcp.zoom.AccessToken;
import dev.zoommcp.zoom.ZoomConfig;
import dev.zoommcp.zoom.api.model.MeetingRecordings;
import dev.zoommcp.zoom.listing.DateWindows;
import dev.zoommcp.zoom.listing.RecordingCatalog;
import io.quarkiverse.mcp.server.Tool;
import io.quarkiverse.mcp.server.ToolArg;
import io.quarkiverse.mcp.server.ToolCallException;
import io.smallrye.mutiny.Uni;

/** zoom_list_recordings: the user's cloud recordings in a date range, one page at a time. */
public class ListRecordingsTool {

    static final String NAME = "zoom_list_recordings";

    static final int DEFAULT_PAGE_SIZE = 30;
    static final int MAX_PAGE_SIZE = 300;
    static final int MAX_PAGE_NUMBER = 20;
    static final int MAX_TOPIC_CHARS = 100;

    @Inject
    RecordingCatalog catalog;

    @Inject
    ZoomConfig config;

    @Inject
    ToolRunner runner;

    @Inject
    Clock clock;

    @Tool(name = NAME, title = "List Zoom recordings", description = """
            Lists the user's recorded meetings in a date range, newest first. Start here to find a meeting by date or \
            topic; up to 12 months per call (this year: from_date January 1).
            Errors: bad dates; truncated: narrow it.""",
            annotations = @Tool.Annotations(readOnlyHint = true,
                    destructiveHint = false, idempotentHint = true, openWorldHint = true),
            structuredContent = true)
    public Uni<RecordingList> listRecordings(
            @ToolArg(name = "zoom_access_token", required = false, description = ToolHints.ACCESS_TOKEN) String accessToken,
            @ToolArg(name = "from_date", required = false, description = ToolHints.FROM_DATE) String fromDate,
            @ToolArg(name = "to_date", required = false, description = ToolHints.TO_DATE) String toDate,
            @ToolArg(name = "page_size", required = false, description = "Meetings per page")
            Integer pageSize,
            @ToolArg(name = "page_number", required = false, description = "Compatibility: 1-based page") Integer pageNumber,
            @ToolArg(name = "next_page_token", required = false, description = "From the previous result") String nextPageToken,
            @ToolArg(name = "topic", required = false, description = "Topic words, e.g. planning") String topic) {
        return runner.withToken(NAME, accessToken, token -> {
            int size = Arguments.inRange("page_size", pageSize, 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE);
            int page = Arguments.inRange("page_number", pageNumber, 1, MAX_PAGE_NUMBER, 1);
            String pageToken = nextPageToken == null || nextPageToken.isBlank() ? null : nextPageToken.strip();
            if (pageToken != null && !ListCursor.isOurs(pageToken)) {
                Arguments.zoomPageToken(pageToken);
            }
            if (pageToken != null && pageNumber != null) {
                throw new ToolCallException("Give either next_page_token or page_number, not both: next_page_token"
                        + " already designates the page.");
            }
            String words = topic == null || topic.isBlank() ? null : topic.strip();
            topicFilter(words);
            int maxMonths = config.listing().maxMonths();
            if (ListCursor.isOurs(pageToken)) {
                ListCursor cursor = ListCursor.decode(pageToken);
                LocalDate from = Objects.requireNonNullElse(Arguments.date("from_date", fromDate), cursor.from());
                LocalDate to = Objects.requireNonNullElse(Arguments.date("to_date", toDate), cursor.to());
                String filter = Objects.requireNonNullElse(words, Objects.requireNonNullElse(cursor.topic(), ""));
                if (!from.equals(cursor.from()) || !to.equals(cursor.to())
                        || !filter.equals(Objects.requireNonNullElse(cursor.topic(), ""))) {
                    throw new ToolCallException("next_page_token belongs to " + cursor.from() + " to " + cursor.to()
                            + (cursor.topic() == null ? " without a topic" : " with topic '" + cursor.topic() + "'")
                            + ": omit from_date, to_date and topic (the token remembers them), or drop the token to"
                            + " list from the first page.");
                }
                DateWindows.Window range = Arguments.range(from, to, maxMonths);
                return cursor.zoomToken() != null
                        ? oneRequest(token, range, size, cursor.zoomToken(), 1)
                        : merged(token, range, cursor.offset(), size, cursor.topic());
            }
            DateWindows.Window range = Arguments.dateRange(fromDate, toDate, maxMonths, LocalDate.now(clock));
            return DateWindows.fitsOneRequest(range.from(), range.to()) && words == null
                    ? oneRequest(token, range, size, pageToken, page)
                    : merged(token, range, (page - 1) * size, size, words);
        });
    }

    /** A range Zoom serves in one request: Zoom's own paging, its token wrapped in ours with the dates. */
    private Uni<RecordingList> oneRequest(AccessToken token, DateWindows.Window range, int size, String zoomToken,
            int page) {
        return catalog.page(token, range, size, zoomToken, page).map(p -> new RecordingList(range.from().toString(),
                range.to().toString(), p.totalRecords(),
                p.hasNextPage() ? ListCursor.ofZoomToken(range.from(), range.to(), p.nextPageToken()).encode() : null,
                null, summaries(p.meetings())));
    }

    /**
     * A range longer than a month, or any range filtered by topic: every window fetched (all of Zoom's pages) and
     * merged, filtered, then the page at {@code offset} of what the filter kept. Later pages come from the snapshot the
     * first page was cut from, filtered the same way (the token carries the topic), so no meeting is repeated or
     * skipped; total_records counts the meetings the filter kept.
     */
    private Uni<RecordingList> merged(AccessToken token, DateWindows.Window range, int offset, int size, String topic) {
        Uni<RecordingCatalog.Listing> fetched = offset == 0
                ? catalog.listAll(token, range.from(), range.to())
                : catalog.snapshot(token, range.from(), range.to());
        Predicate<String> filter = topicFilter(topic);
        return fetched.map(listing -> filter == null ? listing : listing.filter(m -> filter.test(m.topic()))).map(listing -> {
            List<MeetingRecordings> all = listing.meetings();
            int start = Math.min(offset, all.size());
            int end = Math.min(start + size, all.size());
            String next = end < all.size() ? ListCursor.ofOffset(range.from(), range.to(), end, topic).encode() : null;
            return new RecordingList(range.from().toString(), range.to().toString(), all.size(), next,
                    listing.complete() ? null : Boolean.TRUE, summaries(all.subList(start, end)));
        });
    }

    /** The topic filter, or null without one; a topic too long or without words is refused. */
    private static Predicate<String> topicFilter(String topic) {
        if (topic == null) {
            return null;
        }
        try {
            if (topic.length() <= MAX_TOPIC_CHARS) {
                return Words.inTopic(topic);
            }
        } catch (IllegalArgumentException noWord) {
            // reported below
        }
        throw new ToolCallException("topic must be words of the meeting topic, at most " + MAX_TOPIC_CHARS
                + " characters, e.g. planning or \"weekly sync\"; omit it to list every meeting.");
    }

    private static List<RecordedMeeting> summaries(List<MeetingRecordings> meetings) {
        return meetings.stream().map(RecordedMeeting::from).toList();
    }
}
