package dev.zoommcp.zoom.download;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

import dev.zoommcp.net.PublicAddresses;
import dev.zoommcp.zoom.AccessToken;
import dev.zoommcp.zoom.ZoomConfig;
import dev.zoommcp.zoom.ZoomException;
import dev.zoommcp.zoom.api.ZoomErrors;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientResponse;

/**
 * Downloads a recording file from its {@code download_url} with the caller's bearer token.
 * <p>
 * The token goes only with the first request, and only to a trusted host: one of {@code zoom.download.trusted-hosts} or
 * the host of {@code zoom.api-url} / {@code zoom.oauth-url}. Zoom answers {@code 302} to a signed URL on another host
 * (a CDN); redirects are followed here, by hand, without the {@code Authorization} header, since the signature is the
 * credential there. A redirect to a local or private address is refused ({@link PublicAddresses}) unless it is one of
 * {@code zoom.download.private-redirect-hosts} (a local fake Zoom). The body is streamed and abandoned, its connection closed, once it passes
 * {@code zoom.download.max-bytes}, so a huge file cannot fill the heap.
 * <p>
 * A Vert.x HTTP client is used rather than a REST client: each file has its own absolute URL on a host chosen by Zoom,
 * redirects need per-hop header decisions, and the body must be read as a bounded stream.
 */
@ApplicationScoped
public class RecordingDownloader {

    /** Error bodies are small JSON documents; more than this is not read. */
    private static final int MAX_ERROR_BODY_BYTES = 16 * 1024;

    private final ZoomConfig.Download config;
    private final TrustedHosts trustedHosts;
    private final PrivateRedirectHosts privateRedirectHosts;
    private final HttpClient client;
    private final MeterRegistry registry;
    private final Clock clock;

    public RecordingDownloader(Vertx vertx, ZoomConfig config, MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        this.config = config.download();
        this.trustedHosts = new TrustedHosts(this.config.trustedHosts(), config.apiUrl(), config.oauthUrl());
        this.privateRedirectHosts = new PrivateRedirectHosts(this.config.privateRedirectHosts().orElse(List.of()));
        // Not traced: a span would carry the signed CDN URL, which grants access to the recording until it expires.
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) this.config.connectTimeout().toMillis())
                .setDecompressionSupported(true)
                .setTracingPolicy(TracingPolicy.IGNORE));
    }

    @PreDestroy
    void close() {
        client.closeAndAwait();
    }

    /**
     * Fetches the file as UTF-8 text.
     *
     * @param downloadUrl the file's {@code download_url} from Zoom
     * @param token the caller's access token, sent only with the first request
     */
    public Uni<String> downloadText(String downloadUrl, AccessToken token) {
        Optional<URI> url = httpUrl(downloadUrl);
        if (url.isEmpty()) {
            return Uni.createFrom().failure(new ZoomException.BadResponse(200, "Zoom gave a malformed download_url"));
        }
        Optional<String> refusal = trustedHosts.refusal(url.get());
        if (refusal.isPresent()) {
            return Uni.createFrom().failure(new ZoomException.BadResponse(200, refusal.get()));
        }
        Timer.Sample sample = Timer.start(registry);
        return fetch(url.get(), token.bearerHeader(), 0)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .onFailure().transform(failure -> ZoomErrors.normalize(failure, token.reveal()))
                .onItemOrFailure().invoke((content, failure) -> sample.stop(Timer.builder("zoom.downloads")
                        .description("Recording file downloads (redirects included) by final HTTP status")
                        .tag("status", failure == null ? "200"
                                : failure instanceof ZoomException zoom && zoom.status() > 0
                                        ? String.valueOf(zoom.status()) : "none")
                        .register(registry)));
    }

    /** GETs {@code target}, with {@code authorization} when not null, following redirects without it. */
    private Uni<byte[]> fetch(URI target, String authorization, int redirects) {
        return fetch(target, authorization, redirects, null);
    }

    /** {@link #fetch(URI, String, int)}, connecting to {@code server} when not null (Host and TLS name from the URL). */
    private Uni<byte[]> fetch(URI target, String authorization, int redirects, InetAddress server) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setAbsoluteURI(target.toString())
                .setFollowRedirects(false)
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.idleTimeout().toMillis());
        if (authorization != null) {
            options.putHeader(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (server != null) {
            int port = target.getPort() > 0 ? target.getPort() : "https".equalsIgnoreCase(target.getScheme()) ? 443 : 80;
            options.setServer(SocketAddress.inetSocketAddress(port, server.getHostAddress()));
        }
        return client.request(options)
                .chain(request -> request.send()
                        // abandoned (timeout, caller gone): reset the request, which closes its connection
                        .onCancellation().invoke(() -> request.reset()))
                .chain(response -> {
                    int status = response.statusCode();
                    if (status >= 300 && status < 400 && response.getHeader("Location") != null) {
                        return response.body().replaceWithVoid()
                                .chain(() -> followRedirect(target, response, redirects));
                    }
                    if (status >= 400) {
                        return readCapped(response, MAX_ERROR_BODY_BYTES, false)
                                .onItem().transform(body -> {
                                    throw ZoomErrors.fromStatus(status, new String(body, StandardCharsets.UTF_8),
                                            response.getHeader("Retry-After"), response.getHeader("X-RateLimit-Type"), clock);
                                });
                    }
                    return readCapped(response, config.maxBytes(), true);
                })
                .onFailure().transform(ZoomErrors::normalize);
    }

    private Uni<byte[]> followRedirect(URI from, HttpClientResponse response, int redirects) {
        if (redirects >= config.maxRedirects()) {
            return Uni.createFrom().failure(new ZoomException.BadResponse(response.statusCode(),
                    "the download redirected more than " + config.maxRedirects() + " times; retrying will not help"));
        }
        Optional<URI> next;
        try {
            next = httpUrl(from.resolve(response.getHeader("Location")).toString());
        } catch (IllegalArgumentException e) {
            next = Optional.empty();
        }
        if (next.isEmpty()) {
            return Uni.createFrom().failure(new ZoomException.BadResponse(response.statusCode(),
                    "the download redirected to a malformed or non-HTTP URL"));
        }
        URI target = next.get();
        if (privateRedirectHosts.allows(target)) {
            return fetch(target, null, redirects + 1);
        }
        int status = response.statusCode();
        return publicAddressOf(target.getHost())
                .chain(address -> address == null
                        ? Uni.createFrom().failure(new ZoomException.BadResponse(status, "the download redirected to "
                                + target.getHost() + ", a local or private address, which this server does not fetch;"
                                + " retrying will not help"))
                        : fetch(target, null, redirects + 1, address));
    }

    /**
     * The address to connect to for {@code host}, or null when any of its addresses is not public: resolved once here
     * and then connected to directly, so a second DNS answer cannot point the request elsewhere.
     */
    private static Uni<InetAddress> publicAddressOf(String host) {
        return Uni.createFrom().item(() -> {
            try {
                InetAddress[] addresses = InetAddress.getAllByName(host);
                return Arrays.stream(addresses).allMatch(PublicAddresses::isPublic) ? addresses[0] : null;
            } catch (UnknownHostException e) {
                throw new ZoomException.Unreachable("the download host " + host + " is unknown");
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Reads the body up to {@code max} bytes; past that either fails (files) or stops reading (error bodies). */
    private static Uni<byte[]> readCapped(HttpClientResponse response, long max, boolean failWhenTooLarge) {
        return response.toMulti()
                .collect().in(ByteArrayOutputStream::new, (out, chunk) -> {
                    if (out.size() + chunk.length() > max) {
                        if (failWhenTooLarge) {
                            throw new ZoomException.BadResponse(response.statusCode(),
                                    "the file is larger than this server's limit of " + max + " bytes (zoom.download.max-bytes);"
                                            + " retrying will not help");
                        }
                        return;
                    }
                    out.writeBytes(chunk.getBytes());
                })
                .map(ByteArrayOutputStream::toByteArray)
                .onFailure().invoke(() -> response.request().connection().close());
    }

    /** The URL if it is an absolute http(s) URL with a host. */
    private static Optional<URI> httpUrl(String url) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean http = scheme.equals("https") || scheme.equals("http");
            return http && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }


}
