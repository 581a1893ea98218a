import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged server started as its own process on a free loopback port, pointed at the fake Zoom. */
final class ServerProcess implements AutoCloseable {

    static final String DETAILS_ARGS = "{\"zoom_access_token\":\"bench\",\"meeting_id\":\"85746060001\"}";

    final Process process;
    final URI base;
    final long startNanos;

    private ServerProcess(Process process, URI base, long startNanos) {
        this.process = process;
        this.base = base;
        this.startNanos = startNanos;
    }

    /**
     * @param java the java launcher
     * @param jvmFlags flags before {@code -jar}
     * @param appDir a quarkus-app directory
     * @param zoom the fake Zoom's base URL (http://127.0.0.1:PORT)
     */
    static ServerProcess start(String java, List<String> jvmFlags, String appDir, String zoom) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmFlags);
        command.add("-jar");
        command.add(appDir + "/quarkus-run.jar");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("ZOOM_API_URL", zoom + "/v2");
        builder.environment().put("ZOOM_OAUTH_URL", zoom);
        // the fake Zoom serves the CDN redirect target on loopback too
        builder.environment().put("ZOOM_DOWNLOAD_PRIVATE_REDIRECT_HOSTS", URI.create(zoom).getAuthority());
        long start = System.nanoTime();
        return new ServerProcess(builder.start(), URI.create("http://127.0.0.1:" + port), start);
    }

    /** Retries initialize + one tool call until the server answers; returns the open client. */
    McpClient awaitFirstCall(long timeoutSeconds) throws IOException, InterruptedException {
        long deadline = startNanos + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            McpClient client = new McpClient(base.resolve("/mcp"));
            try {
                client.initialize().callTool("zoom_get_recording_details", DETAILS_ARGS);
                return client;
            } catch (ConnectException e) {
                client.close();
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IOException("the server did not answer within " + timeoutSeconds + " s", e);
                }
                Thread.sleep(10);
            }
        }
    }

    /** Stops the JVM the way Kubernetes does (SIGTERM), or kills it when {@code graceful} is false. */
    void stop(boolean graceful) throws InterruptedException {
        if (graceful) {
            process.destroy();
            if (process.waitFor(60, TimeUnit.SECONDS)) {
                return;
            }
        }
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop(false);
        }
    }
}
