package dev.zoommcp.tools;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import dev.zoommcp.search.SearchQuery;
import dev.zoommcp.search.Words;
import dev.zoommcp.transcript.Timestamps;
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

/** zoom_search_transcripts: words or phrases across the transcripts, chats and summaries of a date range's meetings. */
public class SearchTranscriptsTool {

    static final String NAME = "zoom_search_transcripts";

    static final int DEFAULT_MAX_MEETINGS = 30;
    static final int MAX_MEETINGS = 200;
    static final int DEFAULT_MAX_MATCHES = 50;
    static final int MAX_MATCHES = 500;
    static final int MIN_QUERY_CHARS = 2;
    static final int MAX_QUERY_CHARS = 200;
    static final int MAX_SPEAKER_CHARS = 100;

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
            Finds what was said, chatted or AI-summarized in a range's newest meetings (max_meetings), best first; any \
            word may match, more rank higher. Words match in any English form (pricing: price), case or accent; other \
            languages: same word. "a phrase" as such; -word excludes.
            Errors: no word to find; unreadable sources: skipped.""",
            annotations = @Tool.Annotations(readOnlyHint = true,
                    destructiveHint = false, idempotentHint = true, openWorldHint = true),
            structuredContent = true)
    public Uni<SearchResult> searchTranscripts(
            @ToolArg(name = "zoom_access_token", required = false, description = ToolHints.ACCESS_TOKEN) String accessToken,
            @ToolArg(name = "query", description = "Words or \"phrase\", e.g. pricing") String query,
            @ToolArg(name = "sources", required = false, description = "Default: transcript only") List<String> sources,
            @ToolArg(name = "speaker", required = false, description = "Only this speaker or sender, e.g. Dana") String speaker,
            @ToolArg(name = "from_date", required = false, description = ToolHints.FROM_DATE) String fromDate,
            @ToolArg(name = "to_date", required = false, description = ToolHints.TO_DATE) String toDate,
            @ToolArg(name = "max_meetings", required = false, description = "Newest meetings to search") Integer maxMeetings,
            @ToolArg(name = "max_matches", required = false, description = "Most matches to return") Integer maxMatches,
            Progress progress,
            Cancellation cancellation) {
        return runner.withToken(NAME, config.search().deadline(), accessToken, token -> {
            String text = query == null ? "" : query.strip();
            SearchQuery parsed = query(text);
            Set<SearchSource> where = SearchSource.parseAll(sources);
            Predicate<String> bySpeaker = speaker(speaker);
            DateWindows.Window range = Arguments.dateRange(fromDate, toDate, config.listing().maxMonths(), LocalDate.now(clock));
            int meetingCap = Arguments.inRange("max_meetings", maxMeetings, 1, MAX_MEETINGS, DEFAULT_MAX_MEETINGS);
            int matchCap = Arguments.inRange("max_matches", maxMatches, 1, MAX_MATCHES, DEFAULT_MAX_MATCHES);
            MeetingSearch.Request request = new MeetingSearch.Request(parsed, where, bySpeaker, matchCap);
            return catalog.listRecent(token, range.from(), range.to()).chain(listing -> {
                List<MeetingRecordings> recorded = listing.meetings();
                List<MeetingRecordings> chosen = recorded.subList(0, Math.min(meetingCap, recorded.size()));
                boolean moreMeetings = !listing.complete() || chosen.size() < recorded.size();
                return meetingSearch.search(token, request, chosen, progress, cancellation).map(outcome -> result(range,
                        recorded.size(), chosen.size(), outcome, moreMeetings));
            });
        });
    }

    private static SearchQuery query(String text) {
        if (text.length() < MIN_QUERY_CHARS || text.length() > MAX_QUERY_CHARS) {
            throw new ToolCallException("query must be " + MIN_QUERY_CHARS + " to " + MAX_QUERY_CHARS
                    + " characters, e.g. pricing or \"price increase\".");
        }
        try {
            return SearchQuery.parse(text);
        } catch (IllegalArgumentException nothingToFind) {
            throw new ToolCallException("query has no word to look for ('" + Arguments.clip(text) + "'): give at least"
                    + " one word that is not excluded and not a common English word such as 'the', e.g. pricing or"
                    + " \"price increase\".");
        }
    }

    private static Predicate<String> speaker(String speaker) {
        if (speaker == null || speaker.isBlank()) {
            return null;
        }
        String name = speaker.strip();
        try {
            if (name.length() <= MAX_SPEAKER_CHARS) {
                return Words.inName(name);
            }
        } catch (IllegalArgumentException noWord) {
            // reported below
        }
        throw new ToolCallException("speaker must be a name or part of one as the transcript shows it, at most "
                + MAX_SPEAKER_CHARS + " characters, e.g. Dana or Dana Kim; omit it to search everyone.");
    }

    private static SearchResult result(DateWindows.Window range, int inRange, int searched,
            MeetingSearch.Outcome outcome, boolean moreMeetings) {
        List<SearchResult.Match> matches = outcome.matches().stream().map(SearchTranscriptsTool::match).toList();
        List<SearchResult.Skipped> skipped = outcome.skipped().stream().map(SearchTranscriptsTool::skipped).toList();
        boolean truncated = moreMeetings || outcome.total() > matches.size();
        return new SearchResult(range.from().toString(), range.to().toString(), inRange, searched, matches,
                skipped, truncated ? Boolean.TRUE : null);
    }

    private static SearchResult.Match match(MeetingSearch.Match match) {
        MeetingRecordings m = match.meeting();
        Long seconds = match.hit().passage().seconds();
        return new SearchResult.Match(m.id(), m.uuid(), m.topic(), m.startTime(), match.hit().passage().source(),
                seconds == null ? null : "[" + Timestamps.format(Duration.ofSeconds(seconds)) + "]",
                match.hit().passage().speaker(), Math.round(match.hit().score() * 1000) / 1000.0, match.hit().snippet());
    }

    private static SearchResult.Skipped skipped(MeetingSearch.Skip skip) {
        MeetingRecordings m = skip.meeting();
        return m == null ? new SearchResult.Skipped(null, null, null, skip.source().wireName(), skip.reason())
                : new SearchResult.Skipped(m.id(), m.uuid(), m.topic(), skip.source().wireName(), skip.reason());
    }
}
