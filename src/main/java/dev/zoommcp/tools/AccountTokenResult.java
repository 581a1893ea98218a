package dev.zoommcp.tools;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.zoommcp.zoom.api.model.OAuthToken;

/** Result of zoom_get_access_token: a Server-to-Server app's new access token (there is no refresh token). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AccountTokenResult(
        @JsonProperty(required = true) String accessToken,
        String tokenType,
        String scope,
        Long expiresIn,
        String expiresAt) {

    static AccountTokenResult from(OAuthToken token, Instant now) {
        return new AccountTokenResult(token.accessToken(), token.tokenType(), token.scope(), token.expiresIn(),
                TokenResult.expiresAt(token, now));
    }

    @Override
    public String toString() {
        return "AccountTokenResult[accessToken=***, expiresAt=" + expiresAt + "]";
    }
}
