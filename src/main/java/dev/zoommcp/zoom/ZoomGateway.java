package dev.zoommcp.zoom;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;

import dev.zoommcp.zoom.api.model.MeetingAiSummary;
import dev.zoommcp.zoom.api.model.MeetingRecordings;
import dev.zoommcp.zoom.api.model.RecordingListPage;
import io.smallrye.mutiny.Uni;

/**
 * The only way the tools reach Zoom's REST API and recording downloads. Each call runs under the policies of
 * {@link ZoomCalls} (per-attempt timeout, retry with back-off, per-caller circuit breaker, download bulkhead), and
 * cancelling the returned {@code Uni} (the tool deadline, a client's cancellation) stops it at once: the request in
 * flight is reset and no retry follows. Recording details and AI summaries come from the caller's {@link CallerCache}
 * when it holds them.
 */
@ApplicationScoped
public class ZoomGateway {

    /** Waits for nothing before a request. */
    public static final Supplier<Uni<Void>> NO_WAIT = () -> Uni.createFrom().voidItem();

    /** The cache id under which a caller's "may not read summaries" answer is kept (no meeting id looks like it). */
    private static final String SUMMARIES_REFUSED = "*summaries-refused*";

    private final ZoomCalls calls;
    private final CallerGuards guards;
    private final CallerCache cache;

    ZoomGateway(ZoomCalls calls, CallerGuards guards, CallerCache cache) {
        this.calls = calls;
        this.guards = guards;
        this.cache = cache;
    }

    /** One page of the token owner's cloud recordings between two UTC dates (at most a month apart). */
    public Uni<RecordingListPage> listRecordings(AccessToken token, LocalDate from, LocalDate to, int pageSize,
            String nextPageToken) {
        return ZoomAttempts.stoppable(attempts -> calls.listRecordings(token, from, to, pageSize, nextPageToken, attempts));
    }

    /**
     * A meeting's recording: by numeric id (latest instance) or instance UUID. Cached per caller and id; what a numeric
     * id returned is also kept under its instance's uuid (the reverse would be wrong: the latest instance can change).
     */
    public Uni<MeetingRecordings> getMeetingRecordings(AccessToken token, String meetingId) {
        return cache.get(token, CallerCache.Kind.DETAILS, meetingId,
                () -> ZoomAttempts.stoppable(attempts -> calls.getMeetingRecordings(token, meetingId, attempts))
                        .invoke(meeting -> keepUnderUuid(token, CallerCache.Kind.DETAILS, meetingId, meeting.uuid(),
                                meeting, ZoomGateway::detailsBytes)),
                ZoomGateway::detailsBytes);
    }

    /** A meeting instance's AI Companion summary: by numeric id (latest instance) or instance UUID. */
    public Uni<MeetingAiSummary> getMeetingSummary(AccessToken token, String meetingId) {
        return getMeetingSummary(token, meetingId, NO_WAIT);
    }

    /**
     * {@link #getMeetingSummary(AccessToken, String)}, awaiting {@code beforeRequest} (e.g. a pacer) only when Zoom is
     * asked. Cached per caller and id, and so is Zoom's answer that the meeting has no summary; Zoom's answer that the
     * token may not read summaries (a missing scope) is kept for the caller's every meeting, so that it is asked once.
     */
    public Uni<MeetingAiSummary> getMeetingSummary(AccessToken token, String meetingId,
            Supplier<Uni<Void>> beforeRequest) {
        return Uni.createFrom().deferred(() -> {
            Optional<Throwable> refused = cache.keptFailure(token, CallerCache.Kind.SUMMARY, SUMMARIES_REFUSED);
            return refused.isPresent() ? Uni.createFrom().<MeetingAiSummary> failure(refused.get())
                    : cache.get(token, CallerCache.Kind.SUMMARY, meetingId,
                            () -> askForSummary(token, meetingId, beforeRequest), ZoomGateway::summaryBytes,
                            ZoomException::isNoMeetingSummary);
        });
    }

    private Uni<MeetingAiSummary> askForSummary(AccessToken token, String meetingId, Supplier<Uni<Void>> beforeRequest) {
        return beforeRequest.get()
                .chain(() -> ZoomAttempts.stoppable(attempts -> calls.getMeetingSummary(token, meetingId, attempts)))
                .invoke(summary -> keepUnderUuid(token, CallerCache.Kind.SUMMARY, meetingId, summary.meetingUuid(),
                        summary, ZoomGateway::summaryBytes))
                .onFailure(ZoomException::isSummaryScopeMissing)
                .invoke(refused -> cache.keepFailure(token, CallerCache.Kind.SUMMARY, SUMMARIES_REFUSED, refused));
    }

    private <T> void keepUnderUuid(AccessToken token, CallerCache.Kind kind, String askedFor, String uuid, T value,
            ToLongFunction<T> bytes) {
        if (uuid != null && !uuid.isBlank() && !uuid.equals(askedFor)) {
            cache.keepAlso(token, kind, uuid, value, bytes);
        }
    }

    /**
     * A recording file's content as text (transcripts, captions, chat), size-capped; in one of the caller's download
     * slots, then one of the server's.
     */
    public Uni<String> downloadText(AccessToken token, String downloadUrl) {
        return ZoomAttempts.stoppable(
                attempts -> guards.limitDownloads(token, () -> calls.downloadText(token, downloadUrl, attempts)));
    }

    /** About 0.6 KB of heap per file (ids, times, two URLs) and 0.5 KB for the meeting. */
    private static long detailsBytes(MeetingRecordings meeting) {
        return 512 + 640L * meeting.recordingFiles().size();
    }

    /** Two bytes per character of text at most. */
    private static long summaryBytes(MeetingAiSummary summary) {
        return 2L * String.valueOf(summary).length();
    }
}
