package dev.zoommcp.zoom;


import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.zoommcp.zoom.api.ZoomErrors;
import dev.zoommcp.zoom.api.ZoomOAuthApi;
import dev.zoommcp.zoom.api.model.OAuthToken;
import io.smallrye.faulttolerance.api.CustomBackoff;
import io.smallrye.faulttolerance.api.RetryWhen;
import io.smallrye.mutiny.Uni;

/**
 * Zoom's OAuth token endpoint, with policies overridable under
 * {@code quarkus.fault-tolerance."dev.zoommcp.zoom.OAuthGateway[/method]".*}:
 * <ul>
 * <li><b>Timeout</b> {@code zoom.attempt-timeout} (10 s) per attempt, which also closes the abandoned request's
 * connection ({@link ZoomAttempts#cut}). A token call is short and its retries end well within the tool deadline, so
 * it is not stopped early when a caller gives up.</li>
 * <li><b>Retry</b> of a refresh: only a 429 with a short (or no) {@code Retry-After} ({@link RetryPolicy.RateLimitOnly}).
 * A refresh is not idempotent: if Zoom handled a request whose answer was lost, the refresh token has rotated and a
 * retry would fail with {@code invalid_grant} and hide the real outcome. So 5xx and I/O failures are reported, not
 * retried. An account (server-to-server) token request is retried like an API call.</li>
 * <li>No circuit breaker: token calls are rare and each caller's are independent.</li>
 * </ul>
 */
@ApplicationScoped
@Retry(maxRetries = 2, delay = 0, jitter = 0)
@RetryWhen(exception = RetryPolicy.RateLimitOnly.class)
@CustomBackoff(RetryPolicy.Backoff.class)
public class OAuthGateway {

    private static final String REFRESH_TOKEN_GRANT = "refresh_token";
    private static final String ACCOUNT_CREDENTIALS_GRANT = "account_credentials";

    private final ZoomOAuthApi api;
    private final ZoomConfig config;

    public OAuthGateway(@RestClient ZoomOAuthApi api, ZoomConfig config) {
        this.api = api;
        this.config = config;
    }

    /** Exchanges a refresh token for a new access token and a new refresh token (the old one stops working). */
    public Uni<OAuthToken> refresh(ClientCredentials client, String refreshToken) {
        return ZoomAttempts.cut(api.refreshToken(client.basicHeader(), REFRESH_TOKEN_GRANT, refreshToken)
                .onFailure().transform(failure -> ZoomErrors.normalize(failure, client.secrets(refreshToken))),
                config.attemptTimeout());
    }

    /**
     * Redeems a user's authorization code (the sign-in proxy's leg to Zoom). Like a refresh it is not retried on 5xx
     * or I/O failures: the code is single-use, so a retry after a lost answer could only fail.
     */
    public Uni<OAuthToken> redeemCode(ClientCredentials client, String code, String redirectUri, String codeVerifier) {
        return ZoomAttempts.cut(api.authorizationCode(client.basicHeader(), "authorization_code", code, redirectUri,
                codeVerifier).onFailure().transform(failure -> ZoomErrors.normalize(failure,
                        secretsOf(client, code, codeVerifier))), config.attemptTimeout());
    }

    /** Revokes a user's access token (the {@code logout} command). Not retried but on a short rate limit. */
    public Uni<Void> revoke(ClientCredentials client, String accessToken) {
        return ZoomAttempts.cut(api.revoke(client.basicHeader(), accessToken)
                .onFailure().transform(failure -> ZoomErrors.normalize(failure, client.secrets(accessToken))),
                config.attemptTimeout());
    }

    private static String[] secretsOf(ClientCredentials client, String code, String verifier) {
        String[] app = client.secrets(code);
        String[] all = java.util.Arrays.copyOf(app, app.length + 1);
        all[app.length] = verifier;
        return all;
    }

    /**
     * A Server-to-Server OAuth app's token for its account. Unlike a refresh this changes nothing at Zoom (earlier
     * tokens stay valid), so transient failures are retried like API calls.
     */
    @Retry(maxRetries = 3, delay = 0, jitter = 0)
    @RetryWhen(exception = RetryPolicy.Transient.class)
    @CustomBackoff(RetryPolicy.Backoff.class)
    public Uni<OAuthToken> accountToken(ClientCredentials client, String accountId) {
        return ZoomAttempts.cut(api.accountToken(client.basicHeader(), ACCOUNT_CREDENTIALS_GRANT, accountId)
                .onFailure().transform(failure -> ZoomErrors.normalize(failure, client.secrets(null))),
                config.attemptTimeout());
    }
}
