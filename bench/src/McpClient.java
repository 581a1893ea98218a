import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An MCP client over Streamable HTTP on one keep-alive connection: {@code initialize}, then
 * {@code notifications/initialized}, then {@code tools/call} requests carrying the {@code Mcp-Session-Id} it was given.
 * Answers may come as JSON or as an event stream; either way the JSON-RPC response is returned.
 */
final class McpClient implements McpSession {

    static final String PROTOCOL_VERSION = "2025-06-18";
    private static final Pattern ID = Pattern.compile("^\\{\"jsonrpc\":\"2\\.0\",\"id\":(\\d+)");

    private final HttpConnection connection;
    private final String path;
    private String session;
    private int nextId = 1;

    McpClient(URI endpoint) {
        this.connection = new HttpConnection(endpoint);
        this.path = endpoint.getRawPath();
    }

    McpClient initialize() throws IOException {
        HttpConnection.Response response = post(initializeRequest(0));
        if (response.status() != 200) {
            throw new IOException("initialize: HTTP " + response.status() + " " + response.text());
        }
        session = response.header("Mcp-Session-Id");
        HttpConnection.Response initialized = post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        if (initialized.status() / 100 != 2) {
            throw new IOException("notifications/initialized: HTTP " + initialized.status());
        }
        return this;
    }

    @Override
    public String callTool(String name, String argumentsJson) throws IOException {
        int id = nextId++;
        HttpConnection.Response response = post(toolCallRequest(id, name, argumentsJson));
        if (response.status() != 200) {
            throw new IOException(name + ": HTTP " + response.status() + " " + response.text());
        }
        String message = jsonRpcMessage(response);
        checkResult(message, id, name);
        return message;
    }

    private HttpConnection.Response post(String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return session == null
                ? connection.send("POST", path, body, "Content-Type", "application/json",
                        "Accept", "application/json, text/event-stream")
                : connection.send("POST", path, body, "Content-Type", "application/json",
                        "Accept", "application/json, text/event-stream", "Mcp-Session-Id", session,
                        "Mcp-Protocol-Version", PROTOCOL_VERSION);
    }

    static String initializeRequest(int id) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"initialize\",\"params\":{\"protocolVersion\":\""
                + PROTOCOL_VERSION + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}}";
    }

    static String toolCallRequest(int id, String name, String argumentsJson) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + name
                + "\",\"arguments\":" + argumentsJson + "}}";
    }

    /** The JSON-RPC response: the body itself, or the data of the event stream's event that has an id. */
    private static String jsonRpcMessage(HttpConnection.Response response) throws IOException {
        String body = response.text();
        String type = response.header("Content-Type");
        if (type == null || !type.startsWith("text/event-stream")) {
            return body;
        }
        for (String line : body.split("\n")) {
            if (line.startsWith("data:") && line.contains("\"id\":")) {
                return line.substring(5).trim();
            }
        }
        throw new IOException("no JSON-RPC response in the event stream");
    }

    /** The top-level JSON-RPC id of a server message (the server writes jsonrpc first, then id), or -1. */
    static int idOf(String message) {
        Matcher m = ID.matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Throws unless the message answers {@code id} with a result that is not isError. */
    static void checkResult(String message, int id, String name) throws IOException {
        if (idOf(message) != id || !message.contains("\"result\":") || message.contains("\"isError\":true")) {
            throw new IOException(name + " failed: " + message.substring(0, Math.min(300, message.length())));
        }
    }

    @Override
    public void close() {
        connection.close();
    }
}
