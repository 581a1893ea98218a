import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An MCP client over the legacy HTTP+SSE transport: {@code GET /mcp/sse} opens the event stream, whose first
 * {@code endpoint} event names the URL to POST messages to (on a second keep-alive connection); answers arrive on the
 * stream and are matched to requests by id.
 */
final class McpSseClient implements McpSession {

    private final HttpConnection streamConnection;
    private final HttpConnection postConnection;
    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final String ssePath;
    private String postPath;
    private Thread reader;
    private int nextId = 1;

    McpSseClient(URI base) {
        this.streamConnection = new HttpConnection(base);
        this.postConnection = new HttpConnection(base);
        this.ssePath = base.getRawPath().replaceAll("/$", "") + "/mcp/sse";
    }

    McpSseClient initialize() throws IOException {
        InputStream stream = streamConnection.stream("GET", ssePath, "Accept", "text/event-stream");
        BlockingQueue<String> endpoint = new LinkedBlockingQueue<>();
        reader = new Thread(() -> readEvents(stream, endpoint), "sse-reader");
        reader.setDaemon(true);
        reader.start();
        String target = poll(endpoint, "endpoint event");
        postPath = target.startsWith("http") ? URI.create(target).getRawPath()
                + (URI.create(target).getRawQuery() == null ? "" : "?" + URI.create(target).getRawQuery()) : target;
        post(McpClient.initializeRequest(0));
        answer(0);
        post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        return this;
    }

    @Override
    public String callTool(String name, String argumentsJson) throws IOException {
        int id = nextId++;
        post(McpClient.toolCallRequest(id, name, argumentsJson));
        String message = answer(id);
        McpClient.checkResult(message, id, name);
        return message;
    }

    private void post(String json) throws IOException {
        HttpConnection.Response response = postConnection.send("POST", postPath,
                json.getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json");
        if (response.status() / 100 != 2) {
            throw new IOException("POST " + postPath + ": HTTP " + response.status() + " " + response.text());
        }
    }

    private String answer(int id) throws IOException {
        while (true) {
            String message = poll(messages, "answer to " + id);
            if (McpClient.idOf(message) == id) {
                return message;
            }
        }
    }

    private static String poll(BlockingQueue<String> queue, String what) throws IOException {
        try {
            String item = queue.poll(60, TimeUnit.SECONDS);
            if (item == null) {
                throw new IOException("no " + what + " within 60 s");
            }
            return item;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    private void readEvents(InputStream stream, BlockingQueue<String> endpoint) {
        String event = "message";
        StringBuilder data = new StringBuilder();
        try {
            LineReader lines = new LineReader(stream);
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    if (data.length() > 0) {
                        data.append('\n');
                    }
                    data.append(line.substring(5).trim());
                } else if (line.isEmpty() && data.length() > 0) {
                    (event.equals("endpoint") ? endpoint : messages).add(data.toString());
                    data.setLength(0);
                    event = "message";
                }
            }
        } catch (IOException e) {
            // the stream ends when the client closes it
        }
    }

    @Override
    public void close() {
        streamConnection.close();
        postConnection.close();
    }

    /**
     * Lines of an event stream, read in blocks: a list answer is one 20 KB line, and reading it a byte at a time would
     * cost the load generator more than the server's work.
     */
    private static final class LineReader {
        private final InputStream in;
        private final byte[] buffer = new byte[64 * 1024];
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(32 * 1024);
        private int position;
        private int limit;

        LineReader(InputStream in) {
            this.in = in;
        }

        /** The next line without its CR LF or LF, or null at the end of the stream. */
        String next() throws IOException {
            line.reset();
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer, 0, buffer.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        return line.size() == 0 ? null : text();
                    }
                }
                for (int i = position; i < limit; i++) {
                    if (buffer[i] == '\n') {
                        line.write(buffer, position, i - position);
                        position = i + 1;
                        return text();
                    }
                }
                line.write(buffer, position, limit - position);
                position = limit;
            }
        }

        private String text() {
            byte[] bytes = line.toByteArray();
            int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            return new String(bytes, 0, length, StandardCharsets.UTF_8);
        }
    }
}
