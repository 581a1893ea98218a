package dev.zoommcp.tools;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.zoommcp.zoom.model.OAuthToken;

/**
 * Result of zoom_refresh_token and zoom_get_access_token: a new access token (and, for a refresh, the new refresh
 * token). The only tool results that may carry tokens.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TokenResult(
        @JsonPropertyDescription("New access token: pass it as zoom_access_token to the other tools") String accessToken,
        @JsonPropertyDescription("New refresh token (zoom_refresh_token only); the one you sent no longer works: store this one") String refreshToken,
        @JsonPropertyDescription("Always \"bearer\"") String tokenType,
        @JsonPropertyDescription("Space-separated OAuth scopes granted to the token") String scope,
        @JsonPropertyDescription("Lifetime of the access token in seconds (Zoom: 3600)") Long expiresIn,
        @JsonPropertyDescription("When the access token expires, ISO-8601 UTC") String expiresAt) {

    static TokenResult from(OAuthToken token, Instant now) {
        String expiresAt = token.expiresIn() == null ? null : now.plusSeconds(token.expiresIn()).truncatedTo(ChronoUnit.SECONDS).toString();
        return new TokenResult(token.accessToken(), token.refreshToken(), token.tokenType(), token.scope(),
                token.expiresIn(), expiresAt);
    }

    @Override
    public String toString() {
        return "TokenResult[accessToken=***, refreshToken=***, expiresAt=" + expiresAt + "]";
    }
}
