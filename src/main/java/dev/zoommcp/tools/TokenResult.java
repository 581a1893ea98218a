package dev.zoommcp.tools;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.zoommcp.zoom.api.model.OAuthToken;

/**
 * Result of zoom_refresh_token: a new access token and the new refresh token. With {@link AccountTokenResult}, the only
 * tool results that may carry tokens.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TokenResult(
        @JsonProperty(required = true) String accessToken,
        String refreshToken,
        String tokenType,
        String scope,
        Long expiresIn,
        String expiresAt) {

    static TokenResult from(OAuthToken token, Instant now) {
        return new TokenResult(token.accessToken(), token.refreshToken(), token.tokenType(), token.scope(),
                token.expiresIn(), expiresAt(token, now));
    }

    /** When the token expires, to the second; null when Zoom did not say. */
    static String expiresAt(OAuthToken token, Instant now) {
        return token.expiresIn() == null ? null
                : now.plusSeconds(token.expiresIn()).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    @Override
    public String toString() {
        return "TokenResult[accessToken=***, refreshToken=***, expiresAt=" + expiresAt + "]";
    }
}
