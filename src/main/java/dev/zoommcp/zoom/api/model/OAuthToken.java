package dev.zoommcp.zoom.api.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Zoom's answer to {@code POST /oauth/token}. {@link #toString()} redacts both tokens. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OAuthToken(String accessToken, String tokenType, String refreshToken, Long expiresIn, String scope) {

    @Override
    public String toString() {
        return "OAuthToken[accessToken=***, tokenType=" + tokenType + ", refreshToken=***, expiresIn=" + expiresIn
                + ", scope=" + scope + "]";
    }
}
