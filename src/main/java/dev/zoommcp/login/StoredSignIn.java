package dev.zoommcp.login;

import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

import dev.zoommcp.zoom.CredentialSource;
import dev.zoommcp.zoom.OAuthGateway;
import dev.zoommcp.zoom.ZoomConfig;
import dev.zoommcp.zoom.ZoomException;
import dev.zoommcp.zoom.api.model.OAuthToken;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The sign-in a desktop user stored with {@code zoom-recordings-mcp login}, serving calls that bring no token. Its
 * access token is renewed a minute before it expires; the renewal runs under the login file's lock, re-reads the file
 * first (another process may have renewed it already) and writes the rotated pair before releasing it, so processes
 * sharing the file never spend a refresh token twice. In this process one renewal at a time, however many calls wait.
 * A sign-in is only sent back to the Zoom OAuth server that issued it ({@code zoom.oauth-url}).
 */
@Singleton
public class StoredSignIn implements CredentialSource {

    private static final Logger LOG = Logger.getLogger(StoredSignIn.class);
    private static final Duration MARGIN = Duration.ofSeconds(60);
    private static final String LOGIN_AGAIN = " Run `zoom-recordings-mcp login` again, or pass zoom_access_token.";

    /** What this process last read or wrote, and the file's modification time then. */
    private record Held(StoredLogin login, FileTime modified) {
    }

    private final LoginStore store;
    private final OAuthGateway oauth;
    private final ZoomConfig config;
    private final Clock clock;
    private Held held;
    private Uni<String> renewing;

    StoredSignIn(LoginStore store, OAuthGateway oauth, ZoomConfig config, Clock clock) {
        this.store = store;
        this.oauth = oauth;
        this.config = config;
        this.clock = clock;
    }

    void announce(@Observes StartupEvent start,
            @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean httpEnabled) {
        if (httpEnabled && available()) {
            LOG.warnf("A Zoom sign-in stored by `zoom-recordings-mcp login` (%s) is in use: every caller of this HTTP"
                    + " server that sends no Zoom token of its own reads that user's recordings. Remove it"
                    + " (`zoom-recordings-mcp logout`) or set ZOOM_LOGIN_ENABLED=false on a shared deployment.",
                    store.file());
        }
    }

    /** After a Server-to-Server app of the environment, which is configured for this very process. */
    @Override
    public int rank() {
        return 20;
    }

    /** Whether a sign-in is stored for the Zoom this server talks to. */
    @Override
    public boolean available() {
        if (!config.login().enabled() || !store.exists()) {
            return false;
        }
        try {
            return current().map(login -> login.issuedBy(config.oauthUrl())).orElse(false);
        } catch (RuntimeException unreadable) {
            // a damaged file: serve the call, whose result then says what to do
            return true;
        }
    }

    @Override
    public synchronized String[] secrets() {
        return held == null ? new String[0] : held.login().secrets();
    }

    /** The stored access token, renewed first when it is about to expire. */
    @Override
    public synchronized Uni<String> token() {
        if (held != null && held.login().usableAt(clock.instant(), MARGIN) && Objects.equals(held.modified(), store.modified())) {
            return Uni.createFrom().item(held.login().accessToken());
        }
        if (renewing == null) {
            renewing = Uni.createFrom().item(this::readOrRenew)
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .onTermination().invoke(this::renewed)
                    .memoize().indefinitely();
        }
        return renewing;
    }

    private synchronized void renewed() {
        renewing = null;
    }

    /** The sign-in as the file holds it, read again only when the file changed. */
    private synchronized Optional<StoredLogin> current() {
        FileTime modified = store.modified();
        if (held != null && Objects.equals(held.modified(), modified)) {
            return Optional.of(held.login());
        }
        Optional<StoredLogin> login = store.read();
        login.ifPresent(l -> held = new Held(l, modified));
        return login;
    }

    /** Blocking, on a worker thread: under the file's lock, the stored token, or a renewed one written back. */
    private String readOrRenew() {
        try {
            return store.exclusively(() -> {
                StoredLogin login = store.read().orElseThrow(() -> new CredentialsUnusable(
                        "No Zoom sign-in is stored any more (" + store.file() + ")." + LOGIN_AGAIN));
                if (!login.issuedBy(config.oauthUrl())) {
                    throw new CredentialsUnusable("The stored Zoom sign-in was made with another Zoom OAuth server"
                            + " than this server's zoom.oauth-url." + LOGIN_AGAIN);
                }
                Instant now = clock.instant();
                if (!login.usableAt(now, MARGIN)) {
                    login = login.renewed(refresh(login), now);
                    store.write(login);
                }
                keep(login);
                return login.accessToken();
            });
        } catch (LoginStore.LoginFileException e) {
            throw new CredentialsUnusable(e.getMessage() + " Or pass zoom_access_token.");
        }
    }

    private OAuthToken refresh(StoredLogin login) {
        try {
            OAuthToken token = oauth.refresh(login.app(), login.refreshToken())
                    .await().atMost(config.attemptTimeout().multipliedBy(3));
            if (token == null || token.accessToken() == null || token.accessToken().isBlank()) {
                throw new CredentialsUnusable("Zoom renewed the stored sign-in without an access token. Try again"
                        + " in a minute, or run `zoom-recordings-mcp login` again.");
            }
            return token;
        } catch (ZoomException.ClientError refused) {
            if (refused.isInvalidGrant() || refused.isInvalidClient()) {
                throw new CredentialsUnusable("The stored Zoom sign-in has expired or was revoked (Zoom refused to"
                        + " renew it: " + refused.describe() + ")." + LOGIN_AGAIN);
            }
            throw new CredentialsUnusable("Zoom refused to renew the stored sign-in (" + refused.describe() + ")."
                    + LOGIN_AGAIN);
        } catch (ZoomException failed) {
            throw new CredentialsUnusable("The stored Zoom sign-in could not be renewed (" + failed.describe()
                    + "). Try again in a minute.");
        } catch (io.smallrye.mutiny.TimeoutException | TimeoutException e) {
            throw new CredentialsUnusable("Zoom did not answer the renewal of the stored sign-in in time. Try again in"
                    + " a minute.");
        }
    }

    private synchronized void keep(StoredLogin login) {
        held = new Held(login, store.modified());
    }

}
