package dev.zoommcp.tools;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import dev.zoommcp.transcript.MeetingTranscript;
import dev.zoommcp.transcript.TranscriptSearch;
import dev.zoommcp.zoom.AccessToken;
import dev.zoommcp.zoom.RequestPacer;
import dev.zoommcp.zoom.ZoomConfig;
import dev.zoommcp.zoom.ZoomException;
import dev.zoommcp.zoom.api.model.MeetingRecordings;
import io.quarkiverse.mcp.server.Cancellation;
import io.quarkiverse.mcp.server.Progress;
import io.quarkiverse.mcp.server.ToolCallException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The fan-out of zoom_search_transcripts over many meetings' transcripts, paced under Zoom's rate limits. A meeting that
 * cannot be read is reported with its reason; a failure that concerns the caller (token, rate limit, outage) ends the
 * search.
 */
@ApplicationScoped
class MeetingSearch {

    private static final int SNIPPET_CHARS = 240;

    /** One meeting's outcome: its matching turns, or why it was skipped. */
    record Searched(MeetingRecordings meeting, List<TranscriptSearch.Hit> hits, String skipReason) {
    }

    private final TranscriptSource transcripts;
    private final ZoomConfig config;

    MeetingSearch(TranscriptSource transcripts, ZoomConfig config) {
        this.transcripts = transcripts;
        this.config = config;
    }

    /**
     * Searches each meeting's transcript for the phrase, at most {@code zoom.search.concurrency} at a time and
     * {@code zoom.search.requests-per-second} started per second, reporting progress after each meeting and stopping
     * when the client cancels. The outcomes come back in the order of {@code meetings}.
     */
    Uni<List<Searched>> search(AccessToken token, String phrase, List<MeetingRecordings> meetings,
            Progress progress, Cancellation cancellation) {
        RequestPacer pacer = new RequestPacer(config.search().requestsPerSecond());
        AtomicInteger done = new AtomicInteger();
        return Multi.createFrom().iterable(meetings)
                .onItem().transformToUni(meeting -> Uni.createFrom().voidItem()
                        .invoke(cancellation::skipProcessingIfCancelled)
                        .chain(pacer::acquire)
                        .invoke(cancellation::skipProcessingIfCancelled)
                        .chain(() -> searchOne(token, phrase, meeting))
                        .invoke(() -> report(progress, done.incrementAndGet(), meetings.size())))
                .merge(config.search().concurrency())
                .collect().asList()
                .map(list -> list.stream().sorted((a, b) -> Integer.compare(meetings.indexOf(a.meeting()),
                        meetings.indexOf(b.meeting()))).toList());
    }

    private Uni<Searched> searchOne(AccessToken token, String phrase, MeetingRecordings meeting) {
        return transcripts.load(token, meeting)
                .map(loaded -> new Searched(meeting, TranscriptSearch.find(
                        MeetingTranscript.fromVtts(loaded.vtts()).turns().turns(), phrase, SNIPPET_CHARS), null))
                .onFailure(MeetingSearch::isPerMeeting)
                .recoverWithItem(failure -> new Searched(meeting, List.of(), reason(failure)));
    }

    /** Failures that concern one meeting; anything else (token, rate limit, outage) ends the search. */
    private static boolean isPerMeeting(Throwable failure) {
        return failure instanceof ToolCallException || RecordingFileReader.isUnavailableFile(failure);
    }

    private static String reason(Throwable failure) {
        String message = failure.getMessage();
        if (failure instanceof ZoomException zoom) {
            message = zoom.describe();
        }
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
