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

    @Tool(name = NAME, title = "Zoom S2S access token", description = """
            Issues a new 1-hour access token for a Server-to-Server OAuth app (user apps: zoom_refresh_token). Earlier \
            tokens stay valid. Pass it as zoom_access_token.
            Errors: bad credentials; not S2S.""",
            annotations = @Tool.Annotations(readOnlyHint = false,
                    destructiveHint = false, idempotentHint = true, openWorldHint = true),
            structuredContent = true)
    public Uni<AccountTokenResult> getAccessToken(
            @ToolArg(name = "zoom_account_id", description = "S2S app's account id") String accountId,
            @ToolArg(name = "zoom_client_id", description = "S2S app's client id")
            String clientId,
            @ToolArg(name = "zoom_client_secret", description = "S2S app's client secret") String clientSecret) {
        return runner.run(NAME, () -> {
            String account = Arguments.appId("zoom_account_id", accountId, "the app's account id");
            ClientCredentials client = Arguments.clientCredentials(clientId, clientSecret);
            return oauth.accountToken(client, account).map(token -> AccountTokenResult.from(token, clock.instant()));
        }, clientSecret);
    }
}
