package dev.zoommcp.zoom;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.zoommcp.zoom.model.MeetingAiSummary;
import dev.zoommcp.zoom.model.MeetingRecordings;
import dev.zoommcp.zoom.model.RecordingListPage;
import io.smallrye.faulttolerance.api.CustomBackoff;
import io.smallrye.faulttolerance.api.RetryWhen;
import io.smallrye.mutiny.Uni;

/**
 * The only way the tools reach Zoom's REST API and recording downloads. Every call carries the same policies, each
 * overridable per class or method with {@code quarkus.fault-tolerance."dev.zoommcp.zoom.ZoomGateway[/method]".*}:
 * <ul>
 * <li><b>Timeout</b> 10 s per attempt; the REST client's own connect/read timeouts (application.properties) also close
 * the connection, which {@code @Timeout} alone would not.</li>
 * <li><b>Retry</b> up to 3 times, only transient failures ({@link RetryPolicy.Transient}: 5xx, I/O errors, timeouts,
 * short 429s), with exponential back-off and jitter that honours {@code Retry-After} ({@link RetryPolicy.Backoff}).
 * The tool deadline ({@code zoom.tool-deadline}) bounds the whole sequence.</li>
 * <li><b>Circuit breaker</b> per caller and endpoint ({@link CallerCircuitBreakers}, {@code zoom.circuit-breaker.*}):
 * one account's outage, or one broken meeting, only fails that caller fast; 4xx never count.</li>
 * </ul>
 * Every failure leaves as a {@link ZoomException} (or Fault Tolerance's {@code TimeoutException} /
 * {@code CircuitBreakerOpenException}).
 */
@ApplicationScoped
@Timeout(value = 10, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 3, delay = 0, jitter = 0, maxDuration = 60, durationUnit = ChronoUnit.SECONDS)
@RetryWhen(exception = RetryPolicy.Transient.class)
@CustomBackoff(RetryPolicy.Backoff.class)
public class ZoomGateway {

    private final ZoomRecordingsApi api;
    private final ZoomMeetingsApi meetings;
    private final RecordingDownloader downloader;
    private final CallerCircuitBreakers breakers;

    public ZoomGateway(@RestClient ZoomRecordingsApi api, @RestClient ZoomMeetingsApi meetings,
            RecordingDownloader downloader, CallerCircuitBreakers breakers) {
        this.api = api;
        this.meetings = meetings;
        this.downloader = downloader;
        this.breakers = breakers;
    }

    /** One page of the token owner's cloud recordings between two UTC dates (at most a month apart). */
    public Uni<RecordingListPage> listRecordings(AccessToken token, LocalDate from, LocalDate to, int pageSize,
            String nextPageToken) {
        return breakers.guard(token, "listRecordings", () -> api
                .listRecordings(token.bearerHeader(), from.toString(), to.toString(), pageSize, nextPageToken)
                .onFailure().transform(failure -> ZoomErrors.normalize(failure, token.reveal())));
    }

    /** A meeting's recording: by numeric id (latest instance) or instance UUID. */
    public Uni<MeetingRecordings> getMeetingRecordings(AccessToken token, String meetingId) {
        return breakers.guard(token, "getMeetingRecordings", () -> api
                .getMeetingRecordings(token.bearerHeader(), MeetingIds.toPathSegment(meetingId))
                .onFailure().transform(failure -> ZoomErrors.normalize(failure, token.reveal())));
    }

    /** A meeting instance's AI Companion summary: by numeric id (latest instance) or instance UUID. */
    public Uni<MeetingAiSummary> getMeetingSummary(AccessToken token, String meetingId) {
        return breakers.guard(token, "getMeetingSummary", () -> meetings
                .getMeetingSummary(token.bearerHeader(), MeetingIds.toPathSegment(meetingId))
                .onFailure().transform(failure -> ZoomErrors.normalize(failure, token.reveal())));
    }

    /**
     * A recording file's content as text (transcripts, captions, chat). At most 8 downloads run at once server-wide
     * (64 more wait), so that many large files at once stay within memory: each is capped at
     * {@code zoom.download.max-bytes}. Override with {@code quarkus.fault-tolerance."...ZoomGateway/downloadText".bulkhead.*}.
     */
    @Bulkhead(value = 8, waitingTaskQueue = 64)
    public Uni<String> downloadText(AccessToken token, String downloadUrl) {
        return breakers.guard(token, "downloadText", () -> downloader.downloadText(downloadUrl, token));
    }
}
