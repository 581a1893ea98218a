package dev.zoommcp.tools;

import java.time.Clock;

import jakarta.inject.Inject;

import dev.zoommcp.zoom.ClientCredentials;
import dev.zoommcp.zoom.OAuthGateway;
import io.quarkiverse.mcp.server.Tool;
import io.quarkiverse.mcp.server.ToolArg;
import io.smallrye.mutiny.Uni;

/** zoom_get_access_token: a Server-to-Server OAuth app's access token for its account. */
public class AccessTokenTool {

    static final String NAME = "zoom_get_access_token";

    @Inject
    OAuthGateway oauth;

    @Inject
    ToolRunner runner;

    @Inject
    Clock clock;

    @Tool(name = NAME, description = """
            Gets an access token for a Zoom Server-to-Server OAuth app (grant_type=account_credentials), valid 1 hour, \
            to pass as zoom_access_token to the other zoom_* tools. Use it instead of zoom_refresh_token when the app \
            is a Server-to-Server app (it has an Account ID and no refresh token); user-level OAuth apps use \
            zoom_refresh_token.
            No side effect at Zoom: earlier tokens stay valid, and calling again simply returns a new token, so call \
            it again when a tool reports the access token invalid or expired. No refresh_token is returned.
            With an S2S token, 'me' in zoom_list_recordings is the user Zoom associates with the app (usually its \
            creator); the app needs the recording scopes added in the Marketplace.
            Errors: wrong client id or secret; wrong account id or an app that is not Server-to-Server; Zoom \
            unavailable (retried automatically).""",
            annotations = @Tool.Annotations(title = "Get Zoom server-to-server access token", readOnlyHint = false,
                    destructiveHint = false, idempotentHint = true, openWorldHint = true),
            structuredContent = true)
    public Uni<TokenResult> getAccessToken(
            @ToolArg(name = "zoom_account_id", description = "Account ID of the Server-to-Server OAuth app (App"
                    + " Marketplace, App Credentials), e.g. AbCdEfGhIjKlMnOpQrStUv.") String accountId,
            @ToolArg(name = "zoom_client_id", description = "Client ID of that app, e.g. aBcD1234EfGh5678.")
            String clientId,
            @ToolArg(name = "zoom_client_secret", description = "Client secret of that app.") String clientSecret) {
        return runner.run(NAME, () -> {
            String account = Arguments.appId("zoom_account_id", accountId, "the app's account id");
            ClientCredentials client = Arguments.clientCredentials(clientId, clientSecret);
            return oauth.accountToken(client, account).map(token -> TokenResult.from(token, clock.instant()));
        }, clientSecret);
    }
}
