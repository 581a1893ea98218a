package dev.zoommcp.tools;

import java.time.Clock;

import jakarta.inject.Inject;

import dev.zoommcp.zoom.ClientCredentials;
import dev.zoommcp.zoom.OAuthGateway;
import io.quarkiverse.mcp.server.Tool;
import io.quarkiverse.mcp.server.ToolArg;
import io.smallrye.mutiny.Uni;

/** zoom_refresh_token: exchanges a refresh token for a new token pair. */
public class RefreshTokenTool {

    static final String NAME = "zoom_refresh_token";

    @Inject
    OAuthGateway oauth;

    @Inject
    ToolRunner runner;

    @Inject
    Clock clock;

    @Tool(name = NAME, title = "Refresh Zoom token", description = """
            Trades a user OAuth app's refresh token for a 1-hour access token and a new refresh token when a call says \
            the token expired; then retry. The token sent stops working: keep the new one.
            Errors: invalid_grant (used, revoked: sign in again); invalid_client.""",
            annotations = @Tool.Annotations(readOnlyHint = false,
                    destructiveHint = true, idempotentHint = false, openWorldHint = true),
            structuredContent = true)
    public Uni<TokenResult> refreshToken(
            @ToolArg(name = "zoom_refresh_token", description = "The newest refresh token")
            String refreshToken,
            @ToolArg(name = "zoom_client_id", description = "OAuth app's client id")
            String clientId,
            @ToolArg(name = "zoom_client_secret", description = "OAuth app's client secret")
            String clientSecret,
            @ToolArg(name = "zoom_access_token", required = false, description = "Compatibility; ignored")
            String ignoredAccessToken) {
        return runner.run(NAME, () -> {
            String refresh = Arguments.token("zoom_refresh_token", refreshToken, "the user's Zoom refresh token");
            ClientCredentials client = Arguments.clientCredentials(clientId, clientSecret);
            return oauth.refresh(client, refresh).map(token -> TokenResult.from(token, clock.instant()));
        }, refreshToken, clientSecret, ignoredAccessToken);
    }
}
