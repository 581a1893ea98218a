package dev.zoommcp.zoom;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientResponse;

/**
 * Downloads a recording file from its {@code download_url} with the caller's bearer token.
 * <p>
 * Zoom answers {@code 302} to a signed URL on another host (a CDN). Redirects are followed here, by hand, so that the
 * {@code Authorization} header only ever goes to the first URL (which must be on a {@code zoom.download.trusted-hosts}
 * host) and to redirect targets on that same origin, never to the CDN or anywhere else. The body is streamed and
 * abandoned, its connection closed, once it passes {@code zoom.download.max-bytes}, so a huge file cannot fill the heap.
 * <p>
 * A Vert.x HTTP client is used rather than a REST client: each file has its own absolute URL on a host chosen by Zoom,
 * redirects need per-hop header decisions, and the body must be read as a bounded stream.
 */
@ApplicationScoped
public class RecordingDownloader {

    /** Error bodies are small JSON documents; more than this is not read. */
    private static final int MAX_ERROR_BODY_BYTES = 16 * 1024;

    private final ZoomConfig.Download config;
    private final HttpClient client;

    public RecordingDownloader(Vertx vertx, ZoomConfig config) {
        this.config = config.download();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) this.config.connectTimeout().toMillis())
                .setDecompressionSupported(true));
    }

    @PreDestroy
    void close() {
        client.closeAndAwait();
    }

    /**
     * Fetches the file as UTF-8 text.
     *
     * @param downloadUrl the file's {@code download_url} from Zoom
     * @param token the caller's access token, sent only where the class comment says
     */
    public Uni<String> downloadText(String downloadUrl, AccessToken token) {
        URI first;
        try {
            first = URI.create(downloadUrl);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new ZoomException.BadResponse(200, "Zoom gave a malformed download_url"));
        }
        if (first.getHost() == null || !isHttp(first)) {
            return Uni.createFrom().failure(new ZoomException.BadResponse(200, "Zoom gave a malformed download_url"));
        }
        if (!TrustedHosts.matches(first.getHost(), config.trustedHosts())) {
            return Uni.createFrom().failure(new ZoomException.BadResponse(200, "download_url host " + first.getHost()
                    + " is not in zoom.download.trusted-hosts; the access token is not sent there"));
        }
        return fetch(first, first, token, 0)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .onFailure().transform(failure -> ZoomErrors.normalize(failure, token.reveal()));
    }

    private Uni<byte[]> fetch(URI origin, URI target, AccessToken token, int redirects) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setAbsoluteURI(target.toString())
                .setFollowRedirects(false)
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.idleTimeout().toMillis());
        if (sameOrigin(origin, target)) {
            options.putHeader(HttpHeaders.AUTHORIZATION, token.bearerHeader());
        }
        return client.request(options)
                .chain(request -> request.send())
                .chain(response -> {
                    int status = response.statusCode();
                    if (status >= 300 && status < 400 && response.getHeader("Location") != null) {
                        return response.body().replaceWithVoid()
                                .chain(() -> followRedirect(origin, target, response, token, redirects));
                    }
                    if (status >= 400) {
                        return readCapped(response, MAX_ERROR_BODY_BYTES, false)
                                .onItem().transform(body -> {
                                    throw ZoomErrors.fromStatus(status, new String(body, StandardCharsets.UTF_8),
                                            response.getHeader("Retry-After"), response.getHeader("X-RateLimit-Type"));
                                });
                    }
                    return readCapped(response, config.maxBytes(), true);
                })
                .onFailure().transform(ZoomErrors::normalize);
    }

    private Uni<byte[]> followRedirect(URI origin, URI from, HttpClientResponse response, AccessToken token,
            int redirects) {
        if (redirects >= config.maxRedirects()) {
            return Uni.createFrom().failure(new ZoomException.BadResponse(response.statusCode(),
                    "the download redirected more than " + config.maxRedirects() + " times"));
        }
        URI next;
        try {
            next = from.resolve(response.getHeader("Location"));
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new ZoomException.BadResponse(response.statusCode(),
                    "the download redirected to a malformed URL"));
        }
        if (!isHttp(next)) {
            return Uni.createFrom().failure(new ZoomException.BadResponse(response.statusCode(),
                    "the download redirected to a non-HTTP URL"));
        }
        return fetch(origin, next, token, redirects + 1);
    }

    /** Reads the body up to {@code max} bytes; past that either fails (files) or stops reading (error bodies). */
    private static Uni<byte[]> readCapped(HttpClientResponse response, long max, boolean failWhenTooLarge) {
        return response.toMulti()
                .collect().in(ByteArrayOutputStream::new, (out, chunk) -> {
                    if (out.size() + chunk.length() > max) {
                        if (failWhenTooLarge) {
                            throw new ZoomException.BadResponse(response.statusCode(),
                                    "the file is larger than zoom.download.max-bytes (" + max + " bytes)");
                        }
                        return;
                    }
                    out.writeBytes(chunk.getBytes());
                })
                .map(ByteArrayOutputStream::toByteArray)
                .onFailure().invoke(() -> response.request().connection().close());
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost().equalsIgnoreCase(Objects.requireNonNullElse(b.getHost(), ""))
                && effectivePort(a) == effectivePort(b);
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static boolean isHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
    }
}
