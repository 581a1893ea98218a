package dev.zoommcp.zoom;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Every setting of the Zoom side of the server, under the {@code zoom.} prefix (environment variables
 * {@code ZOOM_API_URL}, {@code ZOOM_DOWNLOAD_MAX_BYTES}, ...). Nothing here is a secret: callers bring their own tokens.
 * <p>
 * The fault-tolerance policies of Zoom calls are described, with their numbers, in one place: {@link ZoomCalls} (API
 * calls and downloads) and {@link OAuthGateway} (token calls). Their annotation values are overridden with
 * {@code quarkus.fault-tolerance."<class>/<method>".*} keys, see application.properties.
 */
@ConfigMapping(prefix = "zoom")
public interface ZoomConfig {

    /**
     * Base URL of Zoom's REST API. {@code https://api.zoomgov.com/v2} for Zoom for Government.
     * Read by the REST client through {@code quarkus.rest-client.zoom-api.url}.
     */
    @WithDefault("https://api.zoom.us/v2")
    String apiUrl();

    /**
     * Base URL of Zoom's OAuth server ({@code /oauth/token} is appended). {@code https://zoomgov.com} for Zoom for
     * Government. Read by the REST client through {@code quarkus.rest-client.zoom-oauth.url}.
     */
    @WithDefault("https://zoom.us")
    String oauthUrl();

    /**
     * Upper bound on one tool call, retries and back-off included. When it passes, the call fails with a
     * "Zoom did not answer in time" result instead of hanging the agent.
     */
    @WithDefault("40s")
    Duration toolDeadline();

    /**
     * Longest wait for one Zoom API answer; then the request is abandoned, its connection closed, and the call retried
     * if retries remain. (A recording download is bounded by {@code zoom.download.idle-timeout} and the tool deadline.)
     */
    @WithDefault("10s")
    Duration attemptTimeout();

    /** Recording-file downloads (transcripts). */
    Download download();

    /** Retry back-off shared by every Zoom call. */
    Retry retry();

    /** Listing recordings over ranges longer than Zoom's one month per request. */
    Listing listing();

    /** The per-caller circuit breakers of Zoom calls ({@link CallerGuards}). */
    CircuitBreaker circuitBreaker();

    interface CircuitBreaker {

        /** Calls of one caller and endpoint over which the failure ratio is measured. */
        @WithDefault("20")
        int requestVolumeThreshold();

        /** Share of those calls failing on Zoom's side (5xx, I/O, timeouts) that opens the breaker. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long an open breaker fails calls fast before letting trial calls through. */
        @WithDefault("10s")
        Duration delay();

        /** Successful trial calls that close the breaker again. */
        @WithDefault("2")
        int successThreshold();

        /** Callers tracked at most; the least recently seen are forgotten (their breakers start closed). */
        @WithDefault("1000")
        int maxTracked();
    }

    /** zoom_search_transcripts: a fan-out over many meetings' transcripts, chats and summaries. */
    Search search();

    /** The per-caller cache of Zoom's answers ({@link CallerCache}). */
    Cache cache();

    interface Cache {

        /** Whether recent answers are reused; {@code false}: every call goes to Zoom. */
        @WithDefault("true")
        boolean enabled();

        /**
         * How long an answer is reused after it was fetched. Longer saves more of the account's rate limit; a recording
         * changed at Zoom (a transcript that finished processing, a deleted file) is seen after at most this long.
         */
        @WithDefault("5m")
        Duration ttl();

        /**
         * Estimated heap that all callers' entries may hold together; the least likely to be used again are evicted
         * first. A one-hour meeting's parsed transcript weighs about 0.5 MB.
         */
        @WithDefault("33554432")
        long maxBytes();
    }

    /**
     * Account ID of a Server-to-Server OAuth app ({@code ZOOM_ACCOUNT_ID}). With {@link #clientId()} and
     * {@link #clientSecret()} the server mints that account's tokens itself for calls that bring none. Unset by
     * default: callers bring their own tokens. On a shared HTTP deployment every caller without a token then reads this
     * account's recordings, which the start-up log says loudly.
     */
    Optional<String> accountId();

    /** Client ID of that Server-to-Server app ({@code ZOOM_CLIENT_ID}). */
    Optional<String> clientId();

    /**
     * Client secret of that Server-to-Server app ({@code ZOOM_CLIENT_SECRET}), from a secret store. Without
     * {@link #accountId()}, the id and secret are those of a user-level app for the {@code login} command.
     */
    Optional<String> clientSecret();

    /** A desktop user's Zoom sign-in, stored by the {@code login} command and used for calls that bring no token. */
    Login login();

    interface Login {

        /**
         * The file that holds the sign-in ({@code ZOOM_LOGIN_FILE}). Default: {@code zoom-recordings-mcp/login.json}
         * under the platform's per-user configuration directory ({@code $XDG_CONFIG_HOME} or {@code ~/.config} on Linux,
         * {@code ~/Library/Application Support} on macOS, {@code %APPDATA%} on Windows).
         */
        Optional<Path> file();

        /** Whether calls without a token use a stored sign-in ({@code ZOOM_LOGIN_ENABLED=false} ignores it). */
        @WithDefault("true")
        boolean enabled();

        /**
         * The redirect URL {@code login} sends to Zoom; it must be listed in the Zoom app. A loopback {@code http} URL
         * with a port is answered by the command itself; any other (Zoom may refuse loopback URLs) means pasting the
         * address the browser ends on back into the terminal.
         */
        @WithDefault("http://127.0.0.1:8739/callback")
        String redirectUri();

        /** How long {@code login} waits for the user to finish signing in. */
        @WithDefault("5m")
        Duration timeout();
    }

    interface Search {

        /** Zoom requests (downloads, summaries) of a search in flight at once. */
        @WithDefault("4")
        int concurrency();

        /**
         * Zoom requests of a search started per second, well inside Zoom's per-account limits (shared by all apps); what
         * the cache already holds costs none.
         */
        @WithDefault("8")
        int requestsPerSecond();

        /** Upper bound on one search, which may read many transcripts; replaces zoom.tool-deadline for it. */
        @WithDefault("120s")
        Duration deadline();
    }

    interface Listing {

        /** Longest range one call may list: each month is one or more Zoom requests. */
        @WithDefault("12")
        int maxMonths();

        /** Month windows fetched at the same time (Zoom's per-account limit for listing is 20 requests/s). */
        @WithDefault("4")
        int windowConcurrency();

        /** Pages of 300 meetings read per month window; past that the result says it is incomplete. */
        @WithDefault("10")
        int maxPagesPerWindow();

        /**
         * How long the merged listing of a range over a month is kept for the following pages (they then come from the
         * same snapshot, without asking Zoom again). Keyed by a hash of the caller's token.
         */
        @WithDefault("5m")
        Duration snapshotTtl();

        /** Snapshots kept at most; the least recently used go first. */
        @WithDefault("200")
        int snapshotCapacity();

        /**
         * Meetings kept at most in all snapshots together (about 1 KB of heap each); the least recently used snapshots
         * go first, and a listing larger than this is not kept.
         */
        @WithDefault("50000")
        int snapshotMaxMeetings();
    }

    interface Download {

        /**
         * Hosts that may receive the caller's bearer token with a recording download, besides the hosts of
         * {@code zoom.api-url} and {@code zoom.oauth-url}, which are always trusted. {@code *.example.com} matches
         * sub-domains. A {@code download_url} on any other host is refused, so a tampered URL cannot exfiltrate a token.
         * Redirect targets never receive the token.
         */
        @WithDefault("zoom.us,*.zoom.us,zoomgov.com,*.zoomgov.com")
        List<String> trustedHosts();

        /**
         * A download larger than this is abandoned (and its connection closed) instead of filling the heap. A ten-hour
         * meeting's transcript is about 3 MB; with at most 8 downloads at once the worst case stays under 100 MB.
         */
        @WithDefault("10485760")
        long maxBytes();

        /**
         * {@code host:port} pairs (e.g. {@code 127.0.0.1:8089}) that a download may redirect to although they are
         * loopback or private addresses; every other loopback, private or link-local target is refused. Empty in
         * production: Zoom's CDN is public, and following such a redirect would let whoever controls it make this server
         * read its own network. Dev mode lists only the sandbox's own host; tests list their fake CDN.
         */
        Optional<List<String>> privateRedirectHosts();

        /** Redirects followed per download (Zoom answers one 302 to a signed URL). */
        @WithDefault("5")
        int maxRedirects();

        /** Connect timeout of a download. */
        @WithDefault("5s")
        Duration connectTimeout();

        /** Longest silence between two chunks of a download before it is abandoned. */
        @WithDefault("20s")
        Duration idleTimeout();

        /**
         * Downloads one caller (token) may run at once, out of the server-wide 8: a caller's big search cannot starve
         * the others.
         */
        @WithDefault("4")
        int perCallerConcurrency();

        /** Downloads one caller may have waiting; more are refused with a "too many downloads" error. */
        @WithDefault("16")
        int perCallerQueue();
    }

    interface Retry {

        /**
         * Delay before the first retry; each further retry doubles it (exponential back-off) and a random jitter of up
         * to half the delay is subtracted, so clients of one account do not retry in lock-step.
         */
        @WithDefault("200ms")
        Duration initialDelay();

        /** Cap of the exponential back-off. */
        @WithDefault("4s")
        Duration maxDelay();

        /**
         * A 429 whose {@code Retry-After} asks for a longer wait than this is not retried: the agent gets an error that
         * says how long to wait. Shorter waits are honoured before retrying.
         */
        @WithDefault("10s")
        Duration maxRetryAfter();
    }
}
