package dev.zoommcp.stdio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for Zoom that a start-up cache training session talks to (see {@link TrainingSession}): one recorded
 * meeting with a transcript, a chat and an AI summary, served from the {@code training/} resources on an ephemeral
 * loopback port, so that the training runs the tools' success paths (HTTP exchanges, redirects to a CDN, parsing) and
 * not only their failures. It answers as Zoom does: downloads redirect to a signed CDN path, meeting {@code
 * 85746060404} does not exist, the access token {@code expired} is refused. Never started outside a training session.
 */
final class TrainingZoom implements AutoCloseable {

    static final String MISSING_MEETING = "85746060404";
    static final String REFUSED_TOKEN = "expired";

    private final HttpServer server;
    private final String host;
    private final String base;

    private TrainingZoom(HttpServer server) {
        this.server = server;
        this.host = "127.0.0.1:" + server.getAddress().getPort();
        this.base = "http://" + host;
    }

    static TrainingZoom start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        TrainingZoom zoom = new TrainingZoom(server);
        server.createContext("/", zoom::answer);
        server.start();
        return zoom;
    }

    /** {@code http://127.0.0.1:<port>}: the OAuth URL; the API is under {@code /v2}. */
    String baseUrl() {
        return base;
    }

    /** The {@code host:port} the downloads redirect to (a loopback address, so it must be allowed explicitly). */
    String cdnHost() {
        return host;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if ("POST".equals(exchange.getRequestMethod()) && path.equals("/oauth/token")) {
                json(exchange, 200, resource("token.json"));
            } else if (path.startsWith("/cdn/")) {
                respond(exchange, 200, path.endsWith("/chat") ? "text/plain" : "text/vtt",
                        resource(path.endsWith("/chat") ? "chat.txt" : "transcript.vtt"));
            } else if (("Bearer " + REFUSED_TOKEN).equals(authorization)) {
                json(exchange, 401, "{\"code\":124,\"message\":\"Invalid access token.\"}");
            } else if (path.startsWith("/rec/download/")) {
                exchange.getResponseHeaders().set("Location",
                        base + "/cdn/" + path.substring("/rec/download/".length()) + "?Signature=training");
                respond(exchange, 302, "text/plain", "");
            } else if (path.contains(MISSING_MEETING)) {
                json(exchange, 404, "{\"code\":3301,\"message\":\"This recording does not exist.\"}");
            } else if (path.equals("/v2/users/me/recordings")) {
                json(exchange, 200, resource("recordings.json").replace("{meeting}", meeting()));
            } else if (path.startsWith("/v2/meetings/") && path.endsWith("/recordings")) {
                json(exchange, 200, meeting());
            } else if (path.startsWith("/v2/meetings/") && path.endsWith("/meeting_summary")) {
                json(exchange, 200, resource("summary.json"));
            } else {
                json(exchange, 404, "{\"code\":404,\"message\":\"Not found.\"}");
            }
        }
    }

    private String meeting() {
        return resource("meeting.json").replace("{base}", base);
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        respond(exchange, status, "application/json", body);
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    static String resource(String name) {
        try (InputStream in = TrainingZoom.class.getResourceAsStream("/training/" + name)) {
            if (in == null) {
                throw new IllegalStateException("training/" + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
