package dev.zoommcp.tools;

import jakarta.enterprise.context.ApplicationScoped;

import dev.zoommcp.oauth.ZoomSignIn;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Where a tool call's Zoom access token comes from: the {@code zoom_access_token} argument when the caller gives one,
 * otherwise the {@code X-Zoom-Access-Token} header of the HTTP request that carried the call, so that a gateway can
 * inject the token without it ever entering the model's context, and last the Zoom token of a caller who signed in with
 * Zoom ({@link ZoomSignIn}). The argument wins over the header, the header over the sign-in.
 */
@ApplicationScoped
class CallerToken {

    static final String HEADER = "X-Zoom-Access-Token";

    private final CurrentVertxRequest currentRequest;

    CallerToken(CurrentVertxRequest currentRequest) {
        this.currentRequest = currentRequest;
    }

    /**
     * The raw token (not yet validated), or null when neither the argument nor the header has one. Must be called on
     * the thread that invokes the tool, while its HTTP request is current.
     */
    String resolve(String argument) {
        if (argument != null && !argument.isBlank()) {
            return argument;
        }
        RoutingContext request = currentRequest.getCurrent();
        if (request == null) {
            return null;
        }
        String header = request.request().getHeader(HEADER);
        return header != null && !header.isBlank() ? header : request.get(ZoomSignIn.ZOOM_TOKEN);
    }
}
