package dev.zoommcp.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.json.JsonObject;

/** A minimal Streamable HTTP MCP client: JSON-RPC over POST, answers as JSON or as one SSE event. */
final class McpHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final AtomicInteger IDS = new AtomicInteger();

    /** A JSON-RPC response with the session id the server sent, if any. */
    record Answer(int status, String sessionId, JsonObject message) {
    }

    private McpHttp() {
    }

    static Answer initialize(URI mcp) throws IOException, InterruptedException {
        return post(mcp, null, "initialize", new JsonObject().put("protocolVersion", "2025-06-18")
                .put("capabilities", new JsonObject())
                .put("clientInfo", new JsonObject().put("name", "it").put("version", "1")));
    }

    static Answer callTool(URI mcp, String sessionId, String tool, JsonObject arguments)
            throws IOException, InterruptedException {
        return post(mcp, sessionId, "tools/call", new JsonObject().put("name", tool).put("arguments", arguments));
    }

    static Answer post(URI mcp, String sessionId, String method, JsonObject params)
            throws IOException, InterruptedException {
        JsonObject request = new JsonObject().put("jsonrpc", "2.0").put("id", IDS.incrementAndGet())
                .put("method", method).put("params", params);
        HttpRequest.Builder builder = HttpRequest.newBuilder(mcp).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(request.encode()));
        if (sessionId != null) {
            builder.header("Mcp-Session-Id", sessionId);
        }
        HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Mcp-Session-Id").orElse(null),
                parse(response.body()));
    }

    private static JsonObject parse(String body) {
        String trimmed = body.strip();
        if (trimmed.startsWith("{")) {
            return new JsonObject(trimmed);
        }
        for (String line : trimmed.split("\n")) {
            if (line.startsWith("data:")) {
                JsonObject event = new JsonObject(line.substring(5).strip());
                if (event.containsKey("id")) {
                    return event;
                }
            }
        }
        return null;
    }
}
