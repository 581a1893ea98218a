package dev.zoommcp.login;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;

/**
 * The {@code login} command's loopback redirect endpoint (RFC 8252 §7.3): an HTTP listener on the redirect URL's
 * loopback address and port that answers only GET on its path, hands Zoom's answer to the command and shows the
 * browser a fixed page (nothing from the request is reflected into it).
 */
final class LoopbackReceiver implements AutoCloseable {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");
    private static final Duration BIND_WAIT = Duration.ofSeconds(5);

    private final List<HttpServer> servers;

    private LoopbackReceiver(List<HttpServer> servers) {
        this.servers = servers;
    }

    /** Whether the command itself can receive the redirect: plain http to a loopback host with an explicit port. */
    static boolean isLoopback(URI redirect) {
        return "http".equalsIgnoreCase(redirect.getScheme()) && redirect.getHost() != null
                && LOOPBACK.contains(redirect.getHost().toLowerCase(Locale.ROOT)) && redirect.getPort() > 0
                && redirect.getRawUserInfo() == null;
    }

    /**
     * Listens on the redirect URL's address ({@code localhost}: both 127.0.0.1 and ::1, where there is IPv6).
     *
     * @throws IllegalStateException when the port cannot be bound (another program, or another sign-in, has it)
     */
    static LoopbackReceiver listen(Vertx vertx, URI redirect, String state, Consumer<AuthorizationResponse> answer) {
        String host = redirect.getHost().toLowerCase(Locale.ROOT);
        List<String> addresses = "localhost".equals(host) ? List.of("127.0.0.1", "::1")
                : List.of(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        String path = redirect.getRawPath() == null || redirect.getRawPath().isEmpty() ? "/" : redirect.getRawPath();
        List<HttpServer> bound = new ArrayList<>();
        for (String address : addresses) {
            HttpServer server = vertx.createHttpServer().requestHandler(request -> handle(request, path, state, answer));
            try {
                bound.add(await(server.listen(redirect.getPort(), address)));
            } catch (ExecutionException | TimeoutException | RuntimeException failed) {
                if (bound.isEmpty() && address.equals(addresses.get(addresses.size() - 1))) {
                    throw new IllegalStateException("port " + redirect.getPort() + " on " + address
                            + " cannot be used (" + failed.getClass().getSimpleName() + ")");
                }
            }
        }
        return new LoopbackReceiver(bound);
    }

    private static void handle(HttpServerRequest request, String path, String state,
            Consumer<AuthorizationResponse> answer) {
        if (request.method() != HttpMethod.GET || !path.equals(request.path())) {
            page(request, 404, "Not found.");
            return;
        }
        AuthorizationResponse response = AuthorizationResponse.parse(request.query() == null ? "" : request.query(),
                state);
        if (response.accepted()) {
            page(request, 200, "Signed in to Zoom. You can close this tab and go back to the terminal.");
        } else if (response.conclusive()) {
            page(request, 400, "Zoom did not sign you in. The terminal says what to do next.");
        } else {
            page(request, 400, "This is not the sign-in the terminal is waiting for. Start again from the terminal.");
        }
        if (response.conclusive()) {
            answer.accept(response);
        }
    }

    private static void page(HttpServerRequest request, int status, String message) {
        request.response().setStatusCode(status)
                .putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-store")
                .putHeader("Referrer-Policy", "no-referrer")
                .putHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .putHeader("X-Content-Type-Options", "nosniff")
                .end("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Zoom Recordings MCP</title>"
                        + "</head><body><p>" + message + "</p></body></html>");
    }

    private static <T> T await(Future<T> future) throws ExecutionException, TimeoutException {
        try {
            return future.toCompletionStage().toCompletableFuture().get(BIND_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        for (HttpServer server : servers) {
            try {
                await(server.close());
            } catch (ExecutionException | TimeoutException | RuntimeException ignored) {
                // closing on the way out: nothing is waiting for it
            }
        }
    }
}
