package dev.zoommcp.zoom;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** An OAuth app's client id and secret. {@link #toString()} redacts the secret. */
public record ClientCredentials(String clientId, String clientSecret) {

    /** {@code Basic base64(client_id:client_secret)}, as Zoom's token endpoint expects. */
    public String basicHeader() {
        return "Basic " + encodedPair();
    }

    /** Every form in which this call's secrets travel: to scrub from whatever Zoom answers. */
    public String[] secrets(String refreshToken) {
        return new String[] { clientSecret, encodedPair(), refreshToken };
    }

    private String encodedPair() {
        String pair = clientId + ":" + clientSecret;
        return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "ClientCredentials[clientId=" + clientId + ", clientSecret=***]";
    }
}
