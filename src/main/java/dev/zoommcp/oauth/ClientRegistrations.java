package dev.zoommcp.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jwt.JWTClaimsSet;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Dynamic client registration (RFC 7591) without a database: the {@code client_id} handed out is the registration
 * itself, sealed ({@link Sealer}), so any replica can read it back and nothing is stored. Only public clients are
 * registered (PKCE instead of a client secret, {@code token_endpoint_auth_method: none}), with the authorization code
 * and refresh token grants; redirect URIs must pass {@link RedirectUris#refusal}.
 */
public final class ClientRegistrations {

    static final String PURPOSE = "client";
    private static final int MAX_REDIRECT_URIS = 10;
    private static final int MAX_NAME_CHARS = 100;

    /** A registered client, as read back from its client_id. */
    public record Client(String clientId, String name, List<String> redirectUris) {

        /** Whether {@code requested} matches one of the registered redirect URIs ({@link RedirectUris#matches}). */
        public boolean allowsRedirect(String requested) {
            return redirectUris.stream().anyMatch(registered -> RedirectUris.matches(registered, requested));
        }
    }

    /** A refused registration: an RFC 7591 error code and a description for the client's developer. */
    public static final class Refused extends Exception {
        private final String error;

        Refused(String error, String description) {
            super(description, null, false, false);
            this.error = error;
        }

        public String error() {
            return error;
        }
    }

    private final Sealer sealer;
    private final Duration lifetime;

    public ClientRegistrations(Sealer sealer, Duration lifetime) {
        this.sealer = sealer;
        this.lifetime = lifetime;
    }

    /**
     * Registers a client from its metadata (RFC 7591 §2). Unknown metadata is ignored, as the RFC allows.
     *
     * @throws Refused {@code invalid_redirect_uri} or {@code invalid_client_metadata}, with what to fix
     */
    public Client register(JsonObject metadata, Instant now) throws Refused {
        Object uris = metadata.getValue("redirect_uris");
        if (!(uris instanceof JsonArray array) || array.isEmpty() || array.size() > MAX_REDIRECT_URIS) {
            throw new Refused("invalid_redirect_uri", "redirect_uris must list 1 to " + MAX_REDIRECT_URIS + " URIs");
        }
        List<String> redirectUris = new ArrayList<>();
        for (Object uri : array) {
            if (!(uri instanceof String text)) {
                throw new Refused("invalid_redirect_uri", "each redirect URI must be a string");
            }
            Optional<String> refusal = RedirectUris.refusal(text);
            if (refusal.isPresent()) {
                throw new Refused("invalid_redirect_uri", refusal.get());
            }
            redirectUris.add(text);
        }
        String method = metadata.getValue("token_endpoint_auth_method") instanceof String m ? m : "none";
        if (!method.equals("none")) {
            throw new Refused("invalid_client_metadata", "only public clients are registered here:"
                    + " token_endpoint_auth_method must be none (PKCE protects the code)");
        }
        for (String field : new String[] { "grant_types", "response_types" }) {
            Object values = metadata.getValue(field);
            if (values != null && !(values instanceof JsonArray)) {
                throw new Refused("invalid_client_metadata", field + " must be an array");
            }
        }
        if (!allowedOnly(metadata.getJsonArray("grant_types"), List.of("authorization_code", "refresh_token"))) {
            throw new Refused("invalid_client_metadata", "grant_types may only be authorization_code and refresh_token");
        }
        if (!allowedOnly(metadata.getJsonArray("response_types"), List.of("code"))) {
            throw new Refused("invalid_client_metadata", "response_types may only be code");
        }
        String name = metadata.getValue("client_name") instanceof String n && !n.isBlank() ? displayName(n) : "MCP client";
        String clientId = sealer.seal(PURPOSE, Map.of("name", name, "redirect_uris", redirectUris),
                now.plus(lifetime));
        return new Client(clientId, name, List.copyOf(redirectUris));
    }

    /** The client a client_id designates, when it is one this server issued and has not expired. */
    public Optional<Client> find(String clientId, Instant now) {
        return sealer.unseal(PURPOSE, clientId, now).flatMap(claims -> read(clientId, claims));
    }

    /** The registration response (RFC 7591 §3.2.1). */
    public JsonObject response(Client client, Instant now) {
        return new JsonObject().put("client_id", client.clientId())
                .put("client_id_issued_at", now.getEpochSecond())
                .put("client_name", client.name())
                .put("redirect_uris", new JsonArray(client.redirectUris()))
                .put("grant_types", new JsonArray().add("authorization_code").add("refresh_token"))
                .put("response_types", new JsonArray().add("code"))
                .put("token_endpoint_auth_method", "none");
    }

    private static Optional<Client> read(String clientId, JWTClaimsSet claims) {
        try {
            List<String> uris = claims.getStringListClaim("redirect_uris");
            String name = claims.getStringClaim("name");
            return uris == null || uris.isEmpty() || name == null ? Optional.empty()
                    : Optional.of(new Client(clientId, name, List.copyOf(uris)));
        } catch (java.text.ParseException malformed) {
            return Optional.empty();
        }
    }

    private static boolean allowedOnly(JsonArray values, List<String> allowed) {
        return values == null || values.stream().allMatch(v -> v instanceof String s && allowed.contains(s));
    }

    /**
     * A display name without control or format characters (bidirectional overrides such as U+202E could make a name
     * read as another on the consent page), at most 100 characters.
     */
    static String displayName(String name) {
        String printable = name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        return printable.length() <= MAX_NAME_CHARS ? printable : printable.substring(0, MAX_NAME_CHARS);
    }
}
