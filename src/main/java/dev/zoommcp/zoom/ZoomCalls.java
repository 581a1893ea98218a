package dev.zoommcp.zoom;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.zoommcp.zoom.api.MeetingIds;
import dev.zoommcp.zoom.api.ZoomApi;
import dev.zoommcp.zoom.api.ZoomErrors;
import dev.zoommcp.zoom.api.model.MeetingAiSummary;
import dev.zoommcp.zoom.api.model.MeetingRecordings;
import dev.zoommcp.zoom.api.model.RecordingListPage;
import dev.zoommcp.zoom.download.RecordingDownloader;
import io.smallrye.faulttolerance.api.CustomBackoff;
import io.smallrye.faulttolerance.api.RetryWhen;
import io.smallrye.mutiny.Uni;

/**
 * Zoom calls with their fault-tolerance policies, for {@link ZoomGateway}. Each policy is overridable per class or
 * method with {@code quarkus.fault-tolerance."dev.zoommcp.zoom.ZoomCalls[/method]".*}:
 * <ul>
 * <li><b>Per-attempt timeout</b> {@code zoom.attempt-timeout} (10 s), applied by {@link ZoomAttempts} so that the
 * abandoned request's connection is closed (Fault Tolerance's {@code @Timeout} would leave it open).</li>
 * <li><b>Retry</b> up to 3 times, only transient failures ({@link RetryPolicy.Transient}: 5xx, I/O errors, timeouts,
 * short 429s), with exponential back-off and jitter that honours {@code Retry-After} ({@link RetryPolicy.Backoff}).
 * The tool deadline ({@code zoom.tool-deadline}) bounds the whole sequence and stops it when it passes.</li>
 * <li><b>Circuit breaker</b> per caller and endpoint ({@link CallerGuards}, {@code zoom.circuit-breaker.*}):
 * one account's outage, or one broken meeting, only fails that caller fast; 4xx never count.</li>
 * <li><b>Bulkheads</b> on downloads: 8 at once server-wide (64 waiting), 4 per caller (16 waiting).</li>
 * </ul>
 * Every failure leaves as a {@link ZoomException} (or Fault Tolerance's {@code TimeoutException} /
 * {@code CircuitBreakerOpenException} / {@code BulkheadException}).
 */
@ApplicationScoped
@Retry(maxRetries = 3, delay = 0, jitter = 0, maxDuration = 60, durationUnit = ChronoUnit.SECONDS)
@RetryWhen(exception = RetryPolicy.Transient.class)
@CustomBackoff(RetryPolicy.Backoff.class)
class ZoomCalls {

    private final ZoomApi api;
    private final RecordingDownloader downloader;
    private final CallerGuards guards;
    private final ZoomConfig config;

    ZoomCalls(@RestClient ZoomApi api, RecordingDownloader downloader, CallerGuards guards, ZoomConfig config) {
        this.api = api;
        this.downloader = downloader;
        this.guards = guards;
        this.config = config;
    }

    Uni<RecordingListPage> listRecordings(AccessToken token, LocalDate from, LocalDate to, int pageSize,
            String nextPageToken, ZoomAttempts attempts) {
        return apiCall(token, "listRecordings", attempts, () -> api
                .listRecordings(token.bearerHeader(), from.toString(), to.toString(), pageSize, nextPageToken));
    }

    Uni<MeetingRecordings> getMeetingRecordings(AccessToken token, String meetingId, ZoomAttempts attempts) {
        return apiCall(token, "getMeetingRecordings", attempts,
                () -> api.getMeetingRecordings(token.bearerHeader(), MeetingIds.toPathSegment(meetingId)));
    }

    Uni<MeetingAiSummary> getMeetingSummary(AccessToken token, String meetingId, ZoomAttempts attempts) {
        return apiCall(token, "getMeetingSummary", attempts,
                () -> api.getMeetingSummary(token.bearerHeader(), MeetingIds.toPathSegment(meetingId)));
    }

    /** One attempt of a REST call: the caller's breaker, failures normalized without the token, cut at the timeout. */
    private <T> Uni<T> apiCall(AccessToken token, String endpoint, ZoomAttempts attempts, Supplier<Uni<T>> request) {
        return guards.guard(token, endpoint, () -> attempts.attempt(request.get()
                .onFailure().transform(failure -> ZoomErrors.normalize(failure, token.reveal())), config.attemptTimeout()));
    }

    /**
     * At most 8 downloads run at once server-wide (64 more wait), so that many large files at once stay within memory:
     * each is capped at {@code zoom.download.max-bytes}. {@link ZoomGateway} lets one caller run at most
     * {@code zoom.download.per-caller-concurrency} of them ({@link CallerGuards#limitDownloads}). Override with
     * {@code quarkus.fault-tolerance."dev.zoommcp.zoom.ZoomCalls/downloadText".bulkhead.*}. A download has no
     * per-attempt timeout beyond the downloader's own connect and idle timeouts: a large file may take a while.
     */
    @Bulkhead(value = 8, waitingTaskQueue = 64)
    Uni<String> downloadText(AccessToken token, String downloadUrl, ZoomAttempts attempts) {
        return guards.guard(token, "downloadText", () -> attempts.attempt(downloader.downloadText(downloadUrl, token)));
    }
}
