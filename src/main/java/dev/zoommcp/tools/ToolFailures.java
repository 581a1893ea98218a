package dev.zoommcp.tools;

import java.time.Duration;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

import dev.zoommcp.zoom.Secrets;
import dev.zoommcp.zoom.ZoomException;
import io.quarkiverse.mcp.server.Cancellation;
import io.quarkiverse.mcp.server.ToolCallException;

/**
 * Turns any failure of a tool call into an {@code isError} result an agent can act on: what Zoom said (HTTP status,
 * Zoom code and message) and what to do next. Secrets of the call are scrubbed from the text, in case Zoom echoed one.
 */
final class ToolFailures {

    private static final Logger LOG = Logger.getLogger(ToolFailures.class);

    private ToolFailures() {
    }

    static ToolCallException toToolError(Throwable failure, String... secrets) {
        String message = failure instanceof ToolCallException actionable ? actionable.getMessage() : describe(failure);
        return new ToolCallException(Secrets.scrub(message, secrets));
    }

    /** A failure's category for metrics: a small fixed set, never a message or an argument. */
    static String outcome(Throwable failure) {
        if (failure == null) {
            return "ok";
        }
        if (failure instanceof ZoomException.RateLimited) {
            return "rate_limited";
        }
        if (failure instanceof ZoomException.ClientError zoom) {
            return zoom.status() == 401 ? "unauthorized" : zoom.status() == 404 ? "not_found" : "zoom_refused";
        }
        if (failure instanceof ZoomException.ServerError) {
            return "zoom_error";
        }
        if (failure instanceof ZoomException.Unreachable || failure instanceof TimeoutException
                || failure instanceof CircuitBreakerOpenException || failure instanceof DeadlineExceeded
                || failure instanceof BulkheadException) {
            return "unavailable";
        }
        if (failure instanceof ZoomException.BadResponse) {
            return "bad_response";
        }
        if (failure instanceof ToolCallException) {
            return "rejected";
        }
        return failure instanceof Cancellation.OperationCancellationException ? "cancelled" : "internal";
    }

    static String describe(Throwable failure) {
        if (failure instanceof ZoomException.RateLimited limited) {
            return rateLimited(limited);
        }
        if (failure instanceof ZoomException.ClientError zoom) {
            return clientError(zoom);
        }
        if (failure instanceof ZoomException.ServerError zoom) {
            return "Zoom failed (" + zoom.describe() + "). This is on Zoom's side: try again in a minute, and check"
                    + " https://status.zoom.us if it persists.";
        }
        if (failure instanceof ZoomException.Unreachable zoom) {
            return "Zoom could not be reached: " + zoom.zoomMessage().orElse("the connection failed")
                    + ". Try again in a minute.";
        }
        if (failure instanceof ZoomException.BadResponse zoom) {
            return "Zoom's answer could not be used: " + zoom.zoomMessage().orElse("unexpected content") + ".";
        }
        if (failure instanceof TimeoutException) {
            return "Zoom did not answer in time. Try again in a minute.";
        }
        if (failure instanceof BulkheadException) {
            return "Too many recording files are being downloaded at once (by this caller, or by all callers of this"
                    + " server). Try again in a few seconds, and read fewer transcripts or chats in parallel.";
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return "Zoom has been failing repeatedly, so calls are paused for a few seconds to let it recover."
                    + " Try again in about 15 seconds.";
        }
        if (failure instanceof DeadlineExceeded deadline) {
            Duration limit = deadline.limit();
            String shown = limit.toMillis() < 1000 ? limit.toMillis() + " ms" : limit.toSeconds() + " s";
            return "The call took longer than this server's limit of " + shown
                    + " (Zoom slow or retrying). Try again later, or narrow the request.";
        }
        LOG.errorf("Unexpected failure in a tool call: %s", failure.getClass().getName());
        return "Internal error in the Zoom MCP server (" + failure.getClass().getSimpleName()
                + "). This is a bug, not something the arguments can fix.";
    }

    private static String rateLimited(ZoomException.RateLimited limited) {
        String zoom = "Zoom's rate limit was reached (" + limited.describe() + "). ";
        if (limited.dailyLimit()) {
            return zoom + "This account's daily quota for this API is used up; it resets at 00:00 UTC."
                    + " Do not retry before then.";
        }
        Duration wait = limited.retryAfter().orElse(Duration.ofSeconds(1));
        return zoom + "Wait " + Math.max(1, wait.toSeconds()) + " s before calling again; the limit is shared by"
                + " every app on the Zoom account.";
    }

    private static String clientError(ZoomException.ClientError zoom) {
        String said = "Zoom refused the request (" + zoom.describe() + "). ";
        if (zoom.isInvalidGrant()) {
            return said + "The refresh token is invalid or was already used: Zoom rotates refresh tokens on every"
                    + " refresh, so only the newest one works. Retry with the refresh_token returned by the last"
                    + " successful zoom_refresh_token call; if it is lost, the user must authorize the app again.";
        }
        if (zoom.isGrantNotAllowed()) {
            return said + "Zoom did not accept this grant: for zoom_get_access_token the app must be a"
                    + " Server-to-Server OAuth app and zoom_account_id its Account ID (App Credentials page).";
        }
        if (zoom.isInvalidClient()) {
            return said + "The client id or client secret is wrong. Check zoom_client_id and zoom_client_secret"
                    + " against the app's credentials in the Zoom App Marketplace.";
        }
        if (zoom.isMissingScope()) {
            return said + "The access token lacks a scope this call needs (named in Zoom's message). The user must"
                    + " authorize the app again with that scope; refreshing the token keeps the same scopes.";
        }
        if (zoom.isInvalidAccessToken()) {
            return said + "The access token is invalid or expired (they last 1 hour): get a new one with"
                    + " zoom_refresh_token (or zoom_get_access_token for server-to-server apps), then retry with it.";
        }
        if (zoom.status() == 403) {
            return said + "The token lacks a required scope (e.g. cloud_recording:read:list_user_recordings, or"
                    + " recording:read for older apps) or the account's plan or settings do not allow this. Ask the"
                    + " account admin; retrying will not help.";
        }
        if (zoom.isUserNotFound()) {
            return said + "Zoom does not know the token's user (deleted, deactivated, or another account's token):"
                    + " the user must sign in again with a current Zoom account.";
        }
        if (zoom.status() == 404) {
            return said + "Nothing was found for this meeting: check the id with zoom_list_recordings. A numeric id"
                    + " means the meeting's latest instance; pass the instance uuid for an earlier one.";
        }
        return said + "Check the arguments against the tool's description, then retry.";
    }
}
