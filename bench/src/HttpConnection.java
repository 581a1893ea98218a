import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One keep-alive HTTP/1.1 connection, the leanest possible client, so that the load generator costs the same little
 * CPU whether it talks to the server or straight to the fake Zoom. Bodies are read by Content-Length or chunked
 * encoding; {@link #stream} keeps a response open (Server-Sent Events). Not thread-safe: one connection per user.
 */
final class HttpConnection implements Closeable {

    /** A complete response; header names lower-case. */
    record Response(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final String host;
    private final int port;
    private final String hostHeader;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    HttpConnection(URI base) {
        this.host = base.getHost();
        this.port = base.getPort();
        this.hostHeader = host + ":" + port;
    }

    /** Sends a request and reads the whole response. {@code headers} alternate name, value. */
    Response send(String method, String target, byte[] body, String... headers) throws IOException {
        try {
            return exchange(method, target, body, headers);
        } catch (IOException e) {
            // A kept-alive connection the server closed meanwhile: one fresh attempt.
            close();
            return exchange(method, target, body, headers);
        }
    }

    /** Sends a request and returns the open response body (chunked decoding applied), for event streams. */
    InputStream stream(String method, String target, String... headers) throws IOException {
        connect();
        write(method, target, null, headers);
        Map<String, String> responseHeaders = new LinkedHashMap<>();
        int status = readHead(responseHeaders);
        if (status != 200) {
            throw new IOException("HTTP " + status + " for " + method + " " + target);
        }
        return "chunked".equalsIgnoreCase(responseHeaders.get("transfer-encoding")) ? new ChunkedStream(in) : in;
    }

    private Response exchange(String method, String target, byte[] body, String... headers) throws IOException {
        connect();
        write(method, target, body, headers);
        Map<String, String> responseHeaders = new LinkedHashMap<>();
        int status = readHead(responseHeaders);
        byte[] content;
        String length = responseHeaders.get("content-length");
        if (length != null) {
            content = in.readNBytes(Integer.parseInt(length.trim()));
        } else if ("chunked".equalsIgnoreCase(responseHeaders.get("transfer-encoding"))) {
            content = new ChunkedStream(in).readAllBytes();
        } else if (status == 204 || status == 304 || status / 100 == 1) {
            content = new byte[0];
        } else {
            content = in.readAllBytes();
            close();
        }
        if ("close".equalsIgnoreCase(responseHeaders.get("connection"))) {
            close();
        }
        return new Response(status, responseHeaders, content);
    }

    private void connect() throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(120_000);
            socket.connect(new InetSocketAddress(host, port), 10_000);
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            out = socket.getOutputStream();
        }
    }

    private void write(String method, String target, byte[] body, String... headers) throws IOException {
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(target)
                .append(" HTTP/1.1\r\nHost: ").append(hostHeader).append("\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        if (body == null || body.length == 0) {
            out.write(headBytes);
        } else {
            byte[] all = new byte[headBytes.length + body.length];
            System.arraycopy(headBytes, 0, all, 0, headBytes.length);
            System.arraycopy(body, 0, all, headBytes.length, body.length);
            out.write(all);
        }
        out.flush();
    }

    /** Reads the status line and headers; returns the status. */
    private int readHead(Map<String, String> headers) throws IOException {
        String statusLine = readLine(in);
        if (statusLine == null) {
            throw new IOException("connection closed before a response");
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        return status;
    }

    /** A CRLF- or LF-terminated line without its terminator, or null at the end of the stream. */
    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                break;
            }
            line.write(b);
        }
        if (b == -1 && line.size() == 0) {
            return null;
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }

    /** Decodes {@code Transfer-Encoding: chunked}; ends at the last (empty) chunk. */
    private static final class ChunkedStream extends InputStream {
        private final InputStream in;
        private int left;
        private boolean done;

        ChunkedStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (left == 0) {
                String size = readLine(in);
                if (size == null) {
                    done = true;
                    return -1;
                }
                int semicolon = size.indexOf(';');
                left = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                if (left == 0) {
                    for (String trailer = readLine(in); trailer != null && !trailer.isEmpty(); trailer = readLine(in)) {
                        // trailers ignored
                    }
                    done = true;
                    return -1;
                }
            }
            int n = in.read(b, off, Math.min(len, left));
            if (n == -1) {
                done = true;
                return -1;
            }
            left -= n;
            if (left == 0) {
                readLine(in); // CRLF after the chunk
            }
            return n;
        }
    }
}
