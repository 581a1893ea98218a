package dev.zoommcp.zoom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;

/**
 * Zoom credentials from the environment: a Server-to-Server OAuth app ({@code ZOOM_ACCOUNT_ID}, {@code ZOOM_CLIENT_ID},
 * {@code ZOOM_CLIENT_SECRET}) whose tokens the server mints itself (account_credentials grant) for calls that carry no
 * token of their own. Each token is kept until a minute before it expires; at most one mint is in flight, however many
 * calls wait for it. Off unless all three are set.
 */
@Singleton
public class ServerCredentials implements CredentialSource {

    private static final Logger LOG = Logger.getLogger(ServerCredentials.class);
    private static final Duration MARGIN = Duration.ofSeconds(60);

    private record Minted(String token, Instant renewAt) {
    }

    private final Optional<ClientCredentials> app;
    private final String accountId;
    private final OAuthGateway oauth;
    private final Clock clock;
    private Minted minted;
    private Uni<String> minting;

    ServerCredentials(ZoomConfig config, OAuthGateway oauth, Clock clock) {
        this.oauth = oauth;
        this.clock = clock;
        boolean complete = config.accountId().isPresent() && config.clientId().isPresent()
                && config.clientSecret().isPresent();
        this.app = complete ? Optional.of(new ClientCredentials(config.clientId().get().strip(),
                config.clientSecret().get().strip())) : Optional.empty();
        this.accountId = config.accountId().map(String::strip).orElse(null);
    }

    void announce(@Observes StartupEvent start,
            @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean httpEnabled) {
        if (app.isPresent() && httpEnabled) {
            LOG.warn("A Zoom Server-to-Server app is configured in the environment (zoom.account-id, zoom.client-id and"
                    + " its secret): every caller of this HTTP server that sends no Zoom token of its own reads that"
                    + " account's recordings. Remove it from a shared deployment unless that is intended.");
        }
    }

    /** First: an app configured for this process wins over a sign-in stored for the user. */
    @Override
    public int rank() {
        return 10;
    }

    /** Whether the environment configures a Server-to-Server app. */
    @Override
    public boolean available() {
        return app.isPresent();
    }

    /** The app's client secret and the token currently held, to scrub from error messages. */
    @Override
    public synchronized String[] secrets() {
        return app.map(a -> new String[] { a.clientSecret(), minted == null ? null : minted.token() })
                .orElse(new String[0]);
    }

    /** A valid access token of the configured account: the one held, or a new one (one mint at a time). */
    @Override
    public synchronized Uni<String> token() {
        if (app.isEmpty()) {
            return Uni.createFrom().failure(new IllegalStateException("no Zoom credentials are configured"));
        }
        if (minted != null && clock.instant().isBefore(minted.renewAt())) {
            return Uni.createFrom().item(minted.token());
        }
        if (minting == null) {
            minting = oauth.accountToken(app.get(), accountId)
                    .onFailure(ZoomException.class).transform(failure -> new CredentialsUnusable("This server's own"
                            + " Zoom credentials (ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID, ZOOM_CLIENT_SECRET) got no token ("
                            + ((ZoomException) failure).describe() + "). Pass zoom_access_token instead, or ask the"
                            + " operator to check them."))
                    .map(this::keep)
                    .onTermination().invoke(this::mintDone)
                    .memoize().indefinitely();
        }
        return minting;
    }

    private synchronized String keep(dev.zoommcp.zoom.api.model.OAuthToken token) {
        long seconds = token.expiresIn() == null ? 3600 : token.expiresIn();
        minted = new Minted(token.accessToken(), clock.instant().plusSeconds(seconds).minus(MARGIN));
        return token.accessToken();
    }

    private synchronized void mintDone() {
        minting = null;
    }
}
