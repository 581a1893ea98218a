package dev.zoommcp.tools;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.inject.Inject;

import dev.zoommcp.zoom.AccessToken;
import dev.zoommcp.zoom.ZoomGateway;
import dev.zoommcp.zoom.model.RecordingListPage;
import io.quarkiverse.mcp.server.Tool;
import io.quarkiverse.mcp.server.ToolArg;
import io.quarkiverse.mcp.server.ToolCallException;
import io.smallrye.mutiny.Uni;

/** zoom_list_recordings: the user's cloud recordings in a date range, one page at a time. */
public class ListRecordingsTool {

    static final int DEFAULT_DAYS = 30;
    static final int DEFAULT_PAGE_SIZE = 30;
    static final int MAX_PAGE_SIZE = 300;
    static final int MAX_PAGE_NUMBER = 20;

    @Inject
    ZoomGateway zoom;

    @Inject
    ToolRunner runner;

    @Inject
    CallerToken callerToken;

    @Tool(name = "zoom_list_recordings", description = """
            Lists the Zoom cloud recordings of the token's user, newest first, one page at a time. Each meeting has \
            meeting_id, uuid (use it as meeting_id in the other tools to address exactly that instance), topic, \
            start_time, duration_minutes, total_size_bytes, file_types and has_transcript. Read-only.
            Use it to find meetings; then zoom_get_recording_details for files or zoom_get_meeting_transcript for \
            what was said.
            Dates are UTC yyyy-MM-dd. Without from_date the last 30 days are listed (to_date defaults to today). \
            Zoom allows at most one month between from_date and to_date.
            Paging: pass next_page_token from the previous result (it expires after 15 minutes). page_number is \
            kept for compatibility: page N is reached by walking N-1 pages (max 20), so prefer next_page_token.
            Errors: malformed dates, from_date after to_date, range over a month, page_size outside 1..300 (no \
            Zoom call is made); access token invalid or expired (call zoom_refresh_token); rate limit.""",
            annotations = @Tool.Annotations(title = "List Zoom cloud recordings", readOnlyHint = true,
                    destructiveHint = false, idempotentHint = true, openWorldHint = true),
            structuredContent = true)
    public Uni<RecordingList> listRecordings(
            @ToolArg(name = "zoom_access_token", required = false, description = ToolHints.ACCESS_TOKEN) String accessToken,
            @ToolArg(name = "from_date", required = false, description = "First day, yyyy-MM-dd UTC, e.g. 2026-10-01."
                    + " Default: 30 days before to_date.") String fromDate,
            @ToolArg(name = "to_date", required = false, description = "Last day (inclusive), yyyy-MM-dd UTC, e.g."
                    + " 2026-10-31. Default: today.") String toDate,
            @ToolArg(name = "page_size", required = false, description = "Meetings per page, 1 to 300. Default 30.")
            Integer pageSize,
            @ToolArg(name = "page_number", required = false, description = "Deprecated: 1-based page to return,"
                    + " reached by walking pages (max 20). Prefer next_page_token.") Integer pageNumber,
            @ToolArg(name = "next_page_token", required = false, description = "next_page_token from the previous"
                    + " result, to get the following page with the same dates and page_size.") String nextPageToken) {
        String rawToken = callerToken.resolve(accessToken);
        return runner.run(() -> {
            AccessToken token = Arguments.accessToken(rawToken);
            LocalDate to = orElse(Arguments.date("to_date", toDate), LocalDate.now(ZoneOffset.UTC));
            LocalDate from = orElse(Arguments.date("from_date", fromDate), to.minusDays(DEFAULT_DAYS));
            if (from.isAfter(to)) {
                throw new ToolCallException("from_date (" + from + ") is after to_date (" + to + "): swap them.");
            }
            if (from.plusMonths(1).isBefore(to)) {
                throw new ToolCallException("from_date " + from + " to to_date " + to + " spans more than one month,"
                        + " Zoom's limit per request: call once per month, e.g. " + from + " to " + from.plusMonths(1)
                        + ".");
            }
            int size = Arguments.inRange("page_size", pageSize, 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE);
            int page = Arguments.inRange("page_number", pageNumber, 1, MAX_PAGE_NUMBER, 1);
            String startToken = nextPageToken == null || nextPageToken.isBlank() ? null : nextPageToken.strip();
            return walk(token, from, to, size, startToken, page)
                    .map(p -> new RecordingList(from.toString(), to.toString(), p.totalRecords(),
                            p.hasNextPage() ? p.nextPageToken() : null,
                            p.meetings().stream().map(MeetingSummary::from).toList()));
        }, rawToken);
    }

    /** Fetches the page {@code pagesLeft - 1} pages after the one {@code pageToken} designates. */
    private Uni<RecordingListPage> walk(AccessToken token, LocalDate from, LocalDate to, int size, String pageToken,
            int pagesLeft) {
        return zoom.listRecordings(token, from, to, size, pageToken).chain(page -> {
            if (pagesLeft <= 1) {
                return Uni.createFrom().item(page);
            }
            if (!page.hasNextPage()) {
                return Uni.createFrom().item(new RecordingListPage(page.from(), page.to(), page.pageSize(),
                        page.totalRecords(), null, java.util.List.of()));
            }
            return walk(token, from, to, size, page.nextPageToken(), pagesLeft - 1);
        });
    }

    private static <T> T orElse(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
