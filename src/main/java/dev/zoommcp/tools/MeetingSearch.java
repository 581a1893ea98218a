package dev.zoommcp.tools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import dev.zoommcp.search.Passage;
import dev.zoommcp.search.Ranking;
import dev.zoommcp.search.SearchQuery;
import dev.zoommcp.zoom.AccessToken;
import dev.zoommcp.zoom.RequestPacer;
import dev.zoommcp.zoom.ZoomConfig;
import dev.zoommcp.zoom.ZoomException;
import dev.zoommcp.zoom.ZoomGateway;
import dev.zoommcp.zoom.api.model.MeetingRecordings;
import io.quarkiverse.mcp.server.Cancellation;
import io.quarkiverse.mcp.server.Progress;
import io.quarkiverse.mcp.server.ToolCallException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The work of zoom_search_transcripts: each meeting's sources read (from the caller's cache when it holds them, else
 * from Zoom, paced under Zoom's rate limits), then every passage of every meeting ranked together ({@link Ranking}). A
 * source that a meeting lacks or that cannot be read is reported with its reason; a summary the token may not read is
 * reported once and not asked for again; a failure that concerns the caller (token, rate limit, outage) ends the
 * search.
 */
@ApplicationScoped
class MeetingSearch {

    private static final int SNIPPET_CHARS = 240;

    /** What to look for, where, and how many matches to return. {@code speaker} may be null (anyone). */
    record Request(SearchQuery query, Set<SearchSource> sources, Predicate<String> speaker, int maxMatches) {
    }

    /** A source of a meeting that could not be searched; without a meeting, of every meeting. */
    record Skip(MeetingRecordings meeting, SearchSource source, String reason) {
    }

    /** A matching passage of a meeting. */
    record Match(MeetingRecordings meeting, Ranking.Hit hit) {
    }

    /** The best matches, best first; how many passages matched in all; what was skipped, in meeting order. */
    record Outcome(List<Match> matches, int total, List<Skip> skipped) {
    }

    /** One meeting's passages and skipped sources. */
    private record Gathered(int meeting, List<Passage> passages, List<Skip> skipped) {
    }

    private final TranscriptSource transcripts;
    private final ChatSource chats;
    private final ZoomGateway zoom;
    private final ZoomConfig config;

    MeetingSearch(TranscriptSource transcripts, ChatSource chats, ZoomGateway zoom, ZoomConfig config) {
        this.transcripts = transcripts;
        this.chats = chats;
        this.zoom = zoom;
        this.config = config;
    }

    /**
     * Reads the sources of each meeting, at most {@code zoom.search.concurrency} meetings at a time and
     * {@code zoom.search.requests-per-second} Zoom requests started per second (what the cache holds costs none),
     * reporting progress after each meeting and stopping when the client cancels; then ranks.
     */
    Uni<Outcome> search(AccessToken token, Request request, List<MeetingRecordings> meetings, Progress progress,
            Cancellation cancellation) {
        RequestPacer pacer = new RequestPacer(config.search().requestsPerSecond());
        Supplier<Uni<Void>> paced = () -> Uni.createFrom().voidItem()
                .invoke(cancellation::skipProcessingIfCancelled)
                .chain(pacer::acquire)
                .invoke(cancellation::skipProcessingIfCancelled);
        AtomicReference<String> summariesRefused = new AtomicReference<>();
        AtomicInteger done = new AtomicInteger();
        return Multi.createFrom().range(0, meetings.size())
                .onItem().transformToUni(i -> Uni.createFrom().voidItem()
                        .invoke(cancellation::skipProcessingIfCancelled)
                        .chain(() -> gather(token, request.sources(), i, meetings.get(i), paced, summariesRefused))
                        .invoke(() -> report(progress, done.incrementAndGet(), meetings.size())))
                .merge(config.search().concurrency())
                .collect().asList()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(gathered -> rank(request, meetings, gathered, summariesRefused.get()));
    }

    private Uni<Gathered> gather(AccessToken token, Set<SearchSource> sources, int index, MeetingRecordings meeting,
            Supplier<Uni<Void>> paced, AtomicReference<String> summariesRefused) {
        Gathered gathered = new Gathered(index, new ArrayList<>(), new ArrayList<>());
        Uni<Gathered> all = Uni.createFrom().item(gathered);
        for (SearchSource source : sources) {
            all = all.chain(g -> read(token, source, index, meeting, paced, summariesRefused)
                    .onFailure(failure -> isPerMeeting(source, failure))
                    .recoverWithItem(failure -> {
                        g.skipped().add(new Skip(meeting, source, reason(source, failure)));
                        return List.of();
                    })
                    .map(passages -> {
                        g.passages().addAll(passages);
                        return g;
                    }));
        }
        return all;
    }

    private Uni<List<Passage>> read(AccessToken token, SearchSource source, int index, MeetingRecordings meeting,
            Supplier<Uni<Void>> paced, AtomicReference<String> summariesRefused) {
        return switch (source) {
            case TRANSCRIPT -> transcripts.load(token, meeting, paced)
                    .map(loaded -> SearchPassages.ofTranscript(index, loaded.transcript()));
            case CHAT -> chats.load(token, meeting, paced).map(messages -> SearchPassages.ofChat(index, messages));
            case SUMMARY -> summariesRefused.get() != null ? Uni.createFrom().item(List.of())
                    : zoom.getMeetingSummary(token, meeting.uuid() != null ? meeting.uuid() : String.valueOf(meeting.id()),
                            paced)
                            .map(summary -> SearchPassages.ofSummary(index, summary))
                            .onFailure(ZoomException::isSummaryScopeMissing).recoverWithItem(failure -> {
                                summariesRefused.compareAndSet(null, "not permitted for this token ("
                                        + ((ZoomException) failure).describe() + "): the user authorizes the app again"
                                        + " with the meeting summary scope.");
                                return List.of();
                            });
        };
    }

    private static Outcome rank(Request request, List<MeetingRecordings> meetings, List<Gathered> gathered,
            String summariesRefused) {
        List<Gathered> inOrder = gathered.stream().sorted(Comparator.comparingInt(Gathered::meeting)).toList();
        Map<String, Boolean> bySpeaker = new HashMap<>();
        List<Passage> passages = inOrder.stream().flatMap(g -> g.passages().stream())
                .filter(p -> request.speaker() == null || p.speaker() != null
                        && bySpeaker.computeIfAbsent(p.speaker(), request.speaker()::test))
                .toList();
        Ranking.Ranked ranked = Ranking.rank(passages, request.query(), request.maxMatches(), SNIPPET_CHARS);
        List<Skip> skipped = new ArrayList<>();
        inOrder.forEach(g -> skipped.addAll(g.skipped()));
        if (summariesRefused != null) {
            skipped.add(new Skip(null, SearchSource.SUMMARY, summariesRefused));
        }
        return new Outcome(ranked.hits().stream().map(hit -> new Match(meetings.get(hit.passage().group()), hit)).toList(),
                ranked.total(), skipped);
    }

    /** Failures that concern one meeting's source; anything else (token, rate limit, outage) ends the search. */
    private static boolean isPerMeeting(SearchSource source, Throwable failure) {
        return failure instanceof ToolCallException || RecordingFileReader.isUnavailableFile(failure)
                || source == SearchSource.SUMMARY && (ZoomException.isNoMeetingSummary(failure)
                        || failure instanceof ZoomException.ClientError zoom && zoom.status() == 403);
    }

    private static String reason(SearchSource source, Throwable failure) {
        if (source == SearchSource.SUMMARY && failure instanceof ZoomException zoom) {
            return "no AI summary to read (" + zoom.describe() + ").";
        }
        String message = failure.getMessage();
        int sentence = message.indexOf(". ");
        return sentence > 0 ? message.substring(0, sentence + 1) : message;
    }

    private static void report(Progress progress, int done, int total) {
        if (progress.token().isPresent()) {
            progress.notificationBuilder().setProgress(done).setTotal(total)
                    .setMessage("Searched " + done + " of " + total + " meetings").build().sendAndForget();
        }
    }
}
