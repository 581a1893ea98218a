package dev.zoommcp.zoom;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import dev.zoommcp.zoom.api.model.MeetingAiSummary;
import dev.zoommcp.zoom.api.model.MeetingRecordings;
import dev.zoommcp.zoom.api.model.RecordingListPage;
import io.smallrye.mutiny.Uni;

/**
 * The only way the tools reach Zoom's REST API and recording downloads. Each call runs under the policies of
 * {@link ZoomCalls} (per-attempt timeout, retry with back-off, per-caller circuit breaker, download bulkhead), and
 * cancelling the returned {@code Uni} (the tool deadline, a client's cancellation) stops it at once: the request in
 * flight is reset and no retry follows.
 */
@ApplicationScoped
public class ZoomGateway {

    private final ZoomCalls calls;
    private final CallerGuards guards;

    ZoomGateway(ZoomCalls calls, CallerGuards guards) {
        this.calls = calls;
        this.guards = guards;
    }

    /** One page of the token owner's cloud recordings between two UTC dates (at most a month apart). */
    public Uni<RecordingListPage> listRecordings(AccessToken token, LocalDate from, LocalDate to, int pageSize,
            String nextPageToken) {
        return ZoomAttempts.stoppable(attempts -> calls.listRecordings(token, from, to, pageSize, nextPageToken, attempts));
    }

    /** A meeting's recording: by numeric id (latest instance) or instance UUID. */
    public Uni<MeetingRecordings> getMeetingRecordings(AccessToken token, String meetingId) {
        return ZoomAttempts.stoppable(attempts -> calls.getMeetingRecordings(token, meetingId, attempts));
    }

    /** A meeting instance's AI Companion summary: by numeric id (latest instance) or instance UUID. */
    public Uni<MeetingAiSummary> getMeetingSummary(AccessToken token, String meetingId) {
        return ZoomAttempts.stoppable(attempts -> calls.getMeetingSummary(token, meetingId, attempts));
    }

    /**
     * A recording file's content as text (transcripts, captions, chat), size-capped; in one of the caller's download
     * slots, then one of the server's.
     */
    public Uni<String> downloadText(AccessToken token, String downloadUrl) {
        return ZoomAttempts.stoppable(
                attempts -> guards.limitDownloads(token, () -> calls.downloadText(token, downloadUrl, attempts)));
    }
}
