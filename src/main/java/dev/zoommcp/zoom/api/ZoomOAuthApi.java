package dev.zoommcp.zoom.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.zoommcp.zoom.ZoomException;
import dev.zoommcp.zoom.api.model.OAuthToken;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;

/** Zoom's OAuth token endpoint ({@code zoom.oauth-url}). Not called directly: {@code OAuthGateway} adds the retry and timeout policies. */
@RegisterRestClient(configKey = "zoom-oauth")
@Produces(MediaType.APPLICATION_JSON)
public interface ZoomOAuthApi {

    /**
     * {@code POST /oauth/token} with {@code grant_type=refresh_token}. Zoom rotates refresh tokens: after a success
     * the old one answers 400 {@code invalid_grant}.
     *
     * @param basicAuthorization {@code Basic base64(client_id:client_secret)}
     */
    @POST
    @Path("/oauth/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Uni<OAuthToken> refreshToken(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String basicAuthorization,
            @FormParam("grant_type") String grantType,
            @FormParam("refresh_token") String refreshToken);

    /**
     * {@code POST /oauth/token} with {@code grant_type=authorization_code}: redeems a user's authorization code
     * (single-use) with the PKCE verifier and the redirect URI of the authorization request.
     */
    @POST
    @Path("/oauth/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Uni<OAuthToken> authorizationCode(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String basicAuthorization,
            @FormParam("grant_type") String grantType,
            @FormParam("code") String code,
            @FormParam("redirect_uri") String redirectUri,
            @FormParam("code_verifier") String codeVerifier);

    /**
     * {@code POST /oauth/token} with {@code grant_type=account_credentials}: a Server-to-Server OAuth app's access
     * token for its account (no refresh token; ask again when it expires).
     */
    @POST
    @Path("/oauth/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Uni<OAuthToken> accountToken(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String basicAuthorization,
            @FormParam("grant_type") String grantType,
            @FormParam("account_id") String accountId);

    /**
     * {@code POST /oauth/revoke} with the form field {@code token}: withdraws a user's access token, and with it the
     * app's authorization. Zoom answers {@code {"status":"success"}}.
     */
    @POST
    @Path("/oauth/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Uni<Void> revoke(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String basicAuthorization,
            @FormParam("token") String token);

    @ClientExceptionMapper
    static ZoomException toException(Response response) {
        return ZoomErrors.fromResponse(response);
    }
}
