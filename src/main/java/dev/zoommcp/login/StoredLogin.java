package dev.zoommcp.login;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.zoommcp.zoom.ClientCredentials;
import dev.zoommcp.zoom.api.model.OAuthToken;

/**
 * A desktop user's Zoom sign-in as the login file holds it: the user-level app it was made with, the Zoom OAuth server
 * that issued it (a sign-in is only ever sent back there), and the current token pair. {@link #toString()} redacts
 * every secret.
 *
 * @param expiresAt when the access token expires, in epoch seconds
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
record StoredLogin(String clientId, String clientSecret, String oauthUrl, String accessToken, String refreshToken,
        long expiresAt, String scope) {

    /** Zoom's access tokens last an hour; one whose lifetime Zoom did not state is renewed after that. */
    private static final long DEFAULT_LIFETIME_SECONDS = 3600;

    static StoredLogin issued(ClientCredentials app, String oauthUrl, OAuthToken token, Instant now) {
        return new StoredLogin(app.clientId(), app.clientSecret(), oauthUrl, token.accessToken(), token.refreshToken(),
                expiry(token, now), token.scope());
    }

    /** This sign-in with the pair of a refresh. Zoom rotates refresh tokens; should it not send one, the old one stays. */
    StoredLogin renewed(OAuthToken token, Instant now) {
        String refresh = token.refreshToken() == null || token.refreshToken().isBlank() ? refreshToken
                : token.refreshToken();
        return new StoredLogin(clientId, clientSecret, oauthUrl, token.accessToken(), refresh, expiry(token, now),
                token.scope() == null ? scope : token.scope());
    }

    /** Whether the access token is still good for at least {@code margin} after {@code now}. */
    boolean usableAt(Instant now, Duration margin) {
        return accessToken != null && !accessToken.isBlank() && now.plus(margin).isBefore(Instant.ofEpochSecond(expiresAt));
    }

    /** Whether every field a sign-in needs is there. */
    @JsonIgnore
    boolean isComplete() {
        return present(clientId) && present(clientSecret) && present(oauthUrl) && present(accessToken)
                && present(refreshToken);
    }

    /** Whether this sign-in was issued by the Zoom OAuth server at {@code oauthUrl} (the only one it may go back to). */
    boolean issuedBy(String oauthUrl) {
        return baseUrl(this.oauthUrl).equalsIgnoreCase(baseUrl(oauthUrl));
    }

    /** A Zoom OAuth server's base URL as stored and compared: no surrounding blanks, no trailing slash. */
    static String baseUrl(String url) {
        String stripped = url == null ? "" : url.strip();
        return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    ClientCredentials app() {
        return new ClientCredentials(clientId, clientSecret);
    }

    /** The secrets held, to scrub from messages. */
    String[] secrets() {
        return new String[] { clientSecret, accessToken, refreshToken };
    }

    private static long expiry(OAuthToken token, Instant now) {
        long seconds = token.expiresIn() == null || token.expiresIn() <= 0 ? DEFAULT_LIFETIME_SECONDS : token.expiresIn();
        return now.getEpochSecond() + seconds;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "StoredLogin[clientId=" + clientId + ", clientSecret=***, oauthUrl=" + oauthUrl + ", accessToken=***,"
                + " refreshToken=***, expiresAt=" + expiresAt + ", scope=" + scope + "]";
    }
}
