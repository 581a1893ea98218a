package dev.zoommcp.oauth;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.zoommcp.net.PublicAddresses;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SocketAddress;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientResponse;

/**
 * Client ID Metadata Documents (the MCP authorization spec's preferred registration): a client whose {@code client_id}
 * is an https URL publishes its metadata there, and this server fetches it. Fetched only from public addresses (the
 * host is resolved once and the connection pinned to that address, so a second DNS answer cannot point it at this
 * server's own network), without following redirects, at most 5 KB within 3 seconds; the document must name itself as
 * {@code client_id} and list valid redirect URIs. Documents are kept 5 minutes. Hosts listed in
 * {@code mcp.access.client-metadata-private-hosts} (a test's fake, never in production) may be private and plain http.
 */
final class ClientMetadataDocuments {

    static final int MAX_BYTES = 5 * 1024;
    static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient http;
    private final List<String> privateHosts;
    private final Cache<String, ClientRegistrations.Client> documents = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(5)).maximumSize(1000).build();

    ClientMetadataDocuments(Vertx vertx, List<String> privateHosts) {
        this.http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) TIMEOUT.toMillis()));
        this.privateHosts = privateHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .toList();
    }

    /** Whether a client_id is a URL, to be read as a metadata document rather than as a sealed registration. */
    static boolean isDocumentUrl(String clientId) {
        return clientId != null && (clientId.startsWith("https://") || clientId.startsWith("http://"));
    }

    /** The client a document URL describes; empty when it cannot be fetched or is not a valid document. */
    Uni<Optional<ClientRegistrations.Client>> find(String url) {
        ClientRegistrations.Client cached = documents.getIfPresent(url);
        if (cached != null) {
            return Uni.createFrom().item(Optional.of(cached));
        }
        Optional<URI> uri = documentUri(url);
        if (uri.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        boolean allowedPrivate = privateHosts.contains(authority(uri.get()));
        return address(uri.get().getHost(), allowedPrivate)
                .chain(address -> address.isEmpty() ? Uni.createFrom().item(Optional.<byte[]> empty())
                        : fetch(uri.get(), address.get()))
                .map(body -> body.flatMap(bytes -> parse(url, bytes)))
                .ifNoItem().after(TIMEOUT).recoverWithItem(Optional.empty())
                .onFailure().recoverWithItem(Optional.empty())
                .invoke(found -> found.ifPresent(client -> documents.put(url, client)));
    }

    private Optional<URI> documentUri(String url) {
        try {
            URI uri = new URI(url);
            boolean https = "https".equals(uri.getScheme());
            boolean testHost = "http".equals(uri.getScheme()) && uri.getHost() != null
                    && privateHosts.contains(authority(uri));
            boolean hasPath = uri.getRawPath() != null && uri.getRawPath().length() > 1;
            return (https || testHost) && uri.getHost() != null && hasPath && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null && url.length() <= 2000 ? Optional.of(uri) : Optional.empty();
        } catch (java.net.URISyntaxException malformed) {
            return Optional.empty();
        }
    }

    private static String authority(URI uri) {
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    /** The address to connect to, when every address of the host is public (or the host is an allowed test host). */
    private static Uni<Optional<InetAddress>> address(String host, boolean allowedPrivate) {
        return Uni.createFrom().item(() -> {
            try {
                InetAddress[] addresses = InetAddress.getAllByName(host);
                return allowedPrivate || Arrays.stream(addresses).allMatch(PublicAddresses::isPublic)
                        ? Optional.of(addresses[0]) : Optional.<InetAddress> empty();
            } catch (UnknownHostException unknown) {
                return Optional.<InetAddress> empty();
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Uni<Optional<byte[]>> fetch(URI uri, InetAddress address) {
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(uri.toString())
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setFollowRedirects(false).setIdleTimeout(TIMEOUT.toMillis()).putHeader("Accept", "application/json");
        return http.request(options)
                .chain(request -> request.send().onCancellation().invoke(request::reset))
                .chain(response -> response.statusCode() != 200 ? response.body().replaceWith(Optional.<byte[]> empty())
                        : capped(response));
    }

    private static Uni<Optional<byte[]>> capped(HttpClientResponse response) {
        return response.toMulti().collect().in(ByteArrayOutputStream::new, (out, chunk) -> {
            if (out.size() + chunk.length() > MAX_BYTES) {
                throw new IllegalStateException("client metadata document over " + MAX_BYTES + " bytes");
            }
            out.writeBytes(chunk.getBytes());
        }).map(out -> Optional.of(out.toByteArray()))
                .onFailure().invoke(() -> response.request().connection().close());
    }

    /** A valid document: JSON naming itself as client_id, valid redirect URIs, a public client. */
    private static Optional<ClientRegistrations.Client> parse(String url, byte[] body) {
        JsonObject document;
        try {
            document = new JsonObject(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        } catch (RuntimeException notJson) {
            return Optional.empty();
        }
        if (!url.equals(document.getValue("client_id")) || !(document.getValue("redirect_uris") instanceof JsonArray uris)
                || uris.isEmpty() || uris.size() > 10) {
            return Optional.empty();
        }
        Object method = document.getValue("token_endpoint_auth_method");
        if (method != null && !"none".equals(method)) {
            return Optional.empty();
        }
        List<String> redirectUris = new ArrayList<>();
        for (Object uri : uris) {
            if (!(uri instanceof String text) || RedirectUris.refusal(text).isPresent()) {
                return Optional.empty();
            }
            redirectUris.add(text);
        }
        Object name = document.getValue("client_name");
        String shown = name instanceof String text && !text.isBlank() ? ClientRegistrations.displayName(text)
                : URI.create(url).getHost();
        return Optional.of(new ClientRegistrations.Client(url, shown, List.copyOf(redirectUris)));
    }
}
