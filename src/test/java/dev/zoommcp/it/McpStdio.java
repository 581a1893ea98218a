package dev.zoommcp.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.vertx.core.json.JsonObject;

/**
 * The packaged server spawned as a desktop client spawns it (the README's {@code java ... -jar} configuration, or the
 * launcher), spoken to over its standard input and output: one JSON-RPC message per line. Keeps every line the server
 * wrote to stdout.
 */
final class McpStdio implements AutoCloseable {

    /** The JVM arguments before {@code -jar} of the README's {@code java} client configurations (LauncherIT checks both). */
    static final List<String> DESKTOP_JVM_ARGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms16m",
            "-Xmn6m", "-Xmx128m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20", "-XX:-UsePerfData", "-Xlog:disable",
            "-Xlog:all=warning:stderr", "-Dquarkus.profile=stdio");

    private final Process process;
    private final OutputStream stdin;
    private final Path stderr;
    private final List<String> stdout = new CopyOnWriteArrayList<>();
    private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    private int lastId;

    private McpStdio(Process process, Path stderr) {
        this.process = process;
        this.stdin = process.getOutputStream();
        this.stderr = stderr;
        Thread reader = new Thread(this::readStdout, "stdio-it-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** {@code java} with the README's arguments and the given jar. */
    static McpStdio start(String jar, Map<String, String> env) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(DESKTOP_JVM_ARGS);
        command.addAll(List.of("-jar", jar));
        return spawn(command, env);
    }

    /** The launcher script, with the Java of this test run unless env names another JAVA_HOME. */
    static McpStdio launch(String launcher, Map<String, String> env) throws IOException {
        Map<String, String> withJava = new HashMap<>(env);
        withJava.putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        return spawn(List.of("/bin/sh", Path.of(launcher).toAbsolutePath().toString()), withJava);
    }

    private static McpStdio spawn(List<String> command, Map<String, String> env) throws IOException {
        Path stderr = Files.createTempFile("zoom-mcp-stdio-it-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile());
        builder.environment().remove("JAVA_OPTS");
        builder.environment().putAll(env);
        return new McpStdio(builder.start(), stderr);
    }

    private void readStdout() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                stdout.add(line);
                try {
                    messages.add(new JsonObject(line));
                } catch (RuntimeException notJson) {
                    // kept in stdout() for the test to report
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    /** Sends a request and waits for the response with its id (notifications in between are skipped). */
    JsonObject request(String method, JsonObject params) throws IOException, InterruptedException {
        int id = ++lastId;
        send(new JsonObject().put("jsonrpc", "2.0").put("id", id).put("method", method).put("params", params).encode());
        return awaitResponse(id);
    }

    JsonObject callTool(String tool, JsonObject arguments) throws IOException, InterruptedException {
        return request("tools/call", new JsonObject().put("name", tool).put("arguments", arguments));
    }

    void notify(String method) throws IOException {
        send(new JsonObject().put("jsonrpc", "2.0").put("method", method).encode());
    }

    /** Writes one raw line to the server's stdin. */
    void send(String line) throws IOException {
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    /** The next response whose id is the given one (null id: an error about an unreadable message). */
    JsonObject awaitResponse(Integer id) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            JsonObject message = messages.poll(100, TimeUnit.MILLISECONDS);
            if (message != null && Objects.equals(message.getValue("id"), id)
                    && (id != null || message.containsKey("error"))) {
                return message;
            }
            if (!process.isAlive() && messages.isEmpty()) {
                break;
            }
        }
        throw new IllegalStateException("no response " + id + "; stdout " + stdout + "; stderr:\n" + stderr());
    }

    void closeStdin() throws IOException {
        stdin.close();
    }

    boolean exited(Duration within) throws InterruptedException {
        return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    Process process() {
        return process;
    }

    List<String> stdout() {
        return List.copyOf(stdout);
    }

    String stderr() {
        try {
            return Files.readString(stderr);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
