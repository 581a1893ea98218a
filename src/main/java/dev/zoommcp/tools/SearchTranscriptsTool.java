package dev.zoommcp.tools;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import dev.zoommcp.transcript.Timestamps;
import dev.zoommcp.transcript.TranscriptSearch;
import dev.zoommcp.zoom.ZoomConfig;
import dev.zoommcp.zoom.api.model.MeetingRecordings;
import dev.zoommcp.zoom.listing.DateWindows;
import dev.zoommcp.zoom.listing.RecordingCatalog;
import io.quarkiverse.mcp.server.Cancellation;
import io.quarkiverse.mcp.server.Progress;
import io.quarkiverse.mcp.server.Tool;
import io.quarkiverse.mcp.server.ToolArg;
import io.quarkiverse.mcp.server.ToolCallException;
import io.smallrye.mutiny.Uni;

/** zoom_search_transcripts: a phrase across the transcripts of every recording in a date range. */
public class SearchTranscriptsTool {

    static final String NAME = "zoom_search_transcripts";

    static final int DEFAULT_MAX_MEETINGS = 30;
    static final int MAX_MEETINGS = 200;
    static final int DEFAULT_MAX_MATCHES = 50;
    static final int MAX_MATCHES = 500;
    static final int MIN_QUERY_CHARS = 2;
    static final int MAX_QUERY_CHARS = 200;

    @Inject
    RecordingCatalog catalog;

    @Inject
    MeetingSearch meetingSearch;

    @Inject
    ZoomConfig config;

    @Inject
    ToolRunner runner;

    @Inject
    Clock clock;

    @Tool(name = NAME, title = "Search Zoom transcripts", description = """
            Finds a phrase in the transcripts of a date range's newest meetings: matching turns with meeting, [mm:ss], \
            speaker. For "what did we decide about X last week" set from_date, then read hits with \
            zoom_get_meeting_transcript. Case-insensitive, also inside words.
            Errors: query under 2 characters.""",
            annotations = @Tool.Annotations(readOnlyHint = true,
                    destructiveHint = false, idempotentHint = true, openWorldHint = true),
            structuredContent = true)
    public Uni<SearchResult> searchTranscripts(
            @ToolArg(name = "zoom_access_token", required = false, description = ToolHints.ACCESS_TOKEN) String accessToken,
            @ToolArg(name = "query", description = "Phrase, e.g. launch date") String query,
            @ToolArg(name = "from_date", required = false, description = "First day; default: a month back") String fromDate,
            @ToolArg(name = "to_date", required = false, description = "Last day; default: today") String toDate,
            @ToolArg(name = "max_meetings", required = false, description = "Newest meetings to search") Integer maxMeetings,
            @ToolArg(name = "max_matches", required = false, description = "Most matches to return") Integer maxMatches,
            Progress progress,
            Cancellation cancellation) {
        return runner.withToken(NAME, config.search().deadline(), accessToken, token -> {
            String phrase = query == null ? "" : query.strip();
            if (phrase.length() < MIN_QUERY_CHARS || phrase.length() > MAX_QUERY_CHARS) {
                throw new ToolCallException("query must be " + MIN_QUERY_CHARS + " to " + MAX_QUERY_CHARS
                        + " characters, e.g. \"launch date\".");
            }
            DateWindows.Window range = Arguments.dateRange(fromDate, toDate, config.listing().maxMonths(), LocalDate.now(clock));
            LocalDate from = range.from();
            LocalDate to = range.to();
            int meetingCap = Arguments.inRange("max_meetings", maxMeetings, 1, MAX_MEETINGS, DEFAULT_MAX_MEETINGS);
            int matchCap = Arguments.inRange("max_matches", maxMatches, 1, MAX_MATCHES, DEFAULT_MAX_MATCHES);
            return catalog.listAll(token, from, to).chain(listing -> {
                List<MeetingRecordings> recorded = listing.meetings();
                List<MeetingRecordings> chosen = recorded.subList(0, Math.min(meetingCap, recorded.size()));
                return meetingSearch.search(token, phrase, chosen, progress, cancellation).map(searched -> result(phrase, from,
                        to, recorded.size(), searched, matchCap, !listing.complete() || chosen.size() < recorded.size()));
            });
        });
    }

    private static SearchResult result(String phrase, LocalDate from, LocalDate to, int inRange, List<MeetingSearch.Searched> searched,
            int matchCap, boolean moreMeetings) {
        List<SearchResult.Match> matches = new ArrayList<>();
        List<SearchResult.Skipped> skipped = new ArrayList<>();
        int found = 0;
        for (MeetingSearch.Searched s : searched) {
            MeetingRecordings m = s.meeting();
            if (s.skipReason() != null) {
                skipped.add(new SearchResult.Skipped(m.id(), m.uuid(), m.topic(), s.skipReason()));
            }
            for (TranscriptSearch.Hit hit : s.hits()) {
                found++;
                if (matches.size() < matchCap) {
                    matches.add(new SearchResult.Match(m.id(), m.uuid(), m.topic(), m.startTime(),
                            "[" + Timestamps.format(hit.turn().start()) + "]", hit.turn().start().toSeconds(),
                            hit.turn().speaker(), hit.snippet()));
                }
            }
        }
        boolean truncated = moreMeetings || found > matches.size();
        return new SearchResult(phrase, from.toString(), to.toString(), inRange, searched.size(), matches, skipped,
                truncated ? Boolean.TRUE : null);
    }
}
