package dev.zoommcp.stdio;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.quarkiverse.mcp.server.McpServer;
import io.quarkiverse.mcp.server.runtime.McpConnectionBase;
import io.quarkiverse.mcp.server.runtime.config.McpServerRuntimeConfig;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/**
 * The one MCP session of a stdio process: every message the server sends is written to the process's original
 * standard output as one line of UTF-8 JSON. Lines never interleave; writing never blocks an event loop.
 */
final class StdioConnection extends McpConnectionBase {

    private final OutputStream stdout;

    StdioConnection(String id, McpServerRuntimeConfig serverConfig, OutputStream stdout) {
        super(id, serverConfig, McpServer.DEFAULT);
        this.stdout = stdout;
    }

    @Override
    public Future<Void> send(JsonObject message) {
        if (message == null) {
            return Future.succeededFuture();
        }
        messageSent(message);
        byte[] line = (message.encode() + "\n").getBytes(StandardCharsets.UTF_8);
        if (Context.isOnEventLoopThread()) {
            return Vertx.currentContext().executeBlocking(() -> {
                write(line);
                return null;
            });
        }
        try {
            write(line);
            return Future.succeededFuture();
        } catch (UncheckedIOException e) {
            return Future.failedFuture(e);
        }
    }

    private void write(byte[] line) {
        synchronized (stdout) {
            try {
                stdout.write(line);
                stdout.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("stdout closed", e);
            }
        }
    }
}
