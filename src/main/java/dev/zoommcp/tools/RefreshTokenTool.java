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

    @Tool(name = NAME, description = """
            Exchanges a Zoom OAuth refresh token for a new access token (valid 1 hour) and a new refresh token.
            For user-level OAuth apps (server-to-server apps use zoom_get_access_token): use it when a tool \
            reports the access token invalid or expired, then retry that tool with the new access_token.
            Side effect: Zoom rotates refresh tokens. After a successful call the refresh token you sent stops \
            working; store and use the returned refresh_token next time. Calling twice with the same refresh token \
            fails the second time with 'invalid or already used'.
            Errors: invalid or already-rotated refresh token; wrong client id or secret; Zoom unavailable (not \
            retried automatically, because a lost answer may already have rotated the token).""",
            annotations = @Tool.Annotations(title = "Refresh Zoom access token", readOnlyHint = false,
                    destructiveHint = true, idempotentHint = false, openWorldHint = true),
            structuredContent = true)
    public Uni<TokenResult> refreshToken(
            @ToolArg(name = "zoom_refresh_token", description = "The newest Zoom OAuth refresh token of the user.")
            String refreshToken,
            @ToolArg(name = "zoom_client_id", description = "Client ID of the Zoom OAuth app that issued the token"
                    + " (App Marketplace, App Credentials), e.g. aBcD1234EfGh5678.")
            String clientId,
            @ToolArg(name = "zoom_client_secret", description = "Client secret of that Zoom OAuth app.")
            String clientSecret,
            @ToolArg(name = "zoom_access_token", required = false, description = "Ignored (accepted for"
                    + " compatibility with older clients); omit it.")
            String ignoredAccessToken) {
        return runner.run(NAME, () -> {
            String refresh = Arguments.token("zoom_refresh_token", refreshToken, "the user's Zoom refresh token");
            ClientCredentials client = Arguments.clientCredentials(clientId, clientSecret);
            return oauth.refresh(client, refresh).map(token -> TokenResult.from(token, clock.instant()));
        }, refreshToken, clientSecret, ignoredAccessToken);
    }
}
