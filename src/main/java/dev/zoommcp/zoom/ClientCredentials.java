package dev.zoommcp.zoom;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** An OAuth app's client id and secret. {@link #toString()} redacts the secret. */
public record ClientCredentials(String clientId, String clientSecret) {

    /** {@code Basic base64(client_id:client_secret)}, as Zoom's token endpoint expects. */
    public String basicHeader() {
        String pair = clientId + ":" + clientSecret;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "ClientCredentials[clientId=" + clientId + ", clientSecret=***]";
    }
}
