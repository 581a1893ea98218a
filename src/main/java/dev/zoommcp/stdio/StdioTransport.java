package dev.zoommcp.stdio;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkiverse.mcp.server.InitialCheck;
import io.quarkiverse.mcp.server.InitialRequest;
import io.quarkiverse.mcp.server.InitialResponseInfo;
import io.quarkiverse.mcp.server.JsonRpcErrorCodes;
import io.quarkiverse.mcp.server.McpServer;
import io.quarkiverse.mcp.server.runtime.CancellationRequests;
import io.quarkiverse.mcp.server.runtime.ConnectionManager;
import io.quarkiverse.mcp.server.runtime.McpMessageHandler;
import io.quarkiverse.mcp.server.runtime.McpMetadata;
import io.quarkiverse.mcp.server.runtime.McpMetrics;
import io.quarkiverse.mcp.server.runtime.McpRequestImpl;
import io.quarkiverse.mcp.server.runtime.McpRequestValidator;
import io.quarkiverse.mcp.server.runtime.McpTracing;
import io.quarkiverse.mcp.server.runtime.NotificationManagerImpl;
import io.quarkiverse.mcp.server.runtime.PromptCompletionManagerImpl;
import io.quarkiverse.mcp.server.runtime.PromptManagerImpl;
import io.quarkiverse.mcp.server.runtime.ResourceManagerImpl;
import io.quarkiverse.mcp.server.runtime.ResourceTemplateCompletionManagerImpl;
import io.quarkiverse.mcp.server.runtime.ResourceTemplateManagerImpl;
import io.quarkiverse.mcp.server.runtime.ServerRequests;
import io.quarkiverse.mcp.server.runtime.ToolManagerImpl;
import io.quarkiverse.mcp.server.runtime.config.McpServersRuntimeConfig;
import io.quarkus.arc.All;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;

/**
 * MCP over stdio, for desktop clients that spawn the server per session: one JSON-RPC message per line on standard
 * input, one per line on standard output, and nothing else on standard output (stray {@code System.out} prints go to
 * standard error). Messages go to the same MCP message handling as {@code /mcp}, on a Vert.x event loop as an HTTP
 * request would, so tools, prompts and errors behave exactly as over HTTP; only the transport differs. End of input
 * ends the process.
 * <p>
 * Off unless {@code mcp.stdio.enabled} is true, which the {@code stdio} configuration profile sets together with logs
 * on standard error and no HTTP listener (see application.properties).
 */
@Singleton
public class StdioTransport extends McpMessageHandler<StdioTransport.StdioRequest> {

    private static final Logger LOG = Logger.getLogger(StdioTransport.class);

    /** How long messages already read may still take to be answered once standard input has closed. */
    private static final long DRAIN_MILLIS = TimeUnit.SECONDS.toMillis(10);

    private final AtomicInteger inFlight = new AtomicInteger();

    private final boolean enabled;

    StdioTransport(@ConfigProperty(name = "mcp.stdio.enabled", defaultValue = "false") boolean enabled,
            McpServersRuntimeConfig config, ConnectionManager connectionManager, PromptManagerImpl promptManager,
            ToolManagerImpl toolManager, ResourceManagerImpl resourceManager,
            PromptCompletionManagerImpl promptCompletionManager, ResourceTemplateManagerImpl resourceTemplateManager,
            ResourceTemplateCompletionManagerImpl resourceTemplateCompletionManager,
            NotificationManagerImpl notificationManager, ServerRequests serverRequests,
            CancellationRequests cancellationRequests, @All List<InitialCheck> initialChecks,
            @All List<InitialResponseInfo> initialResponseInfos, McpMetadata metadata, Vertx vertx,
            Instance<McpMetrics> metrics, Instance<McpTracing> tracing, Instance<McpRequestValidator> validator) {
        super(config, connectionManager, promptManager, toolManager, resourceManager, promptCompletionManager,
                resourceTemplateManager, resourceTemplateCompletionManager, notificationManager, serverRequests, metadata,
                vertx, initialChecks, initialResponseInfos, optional(metrics), optional(tracing), optional(validator),
                cancellationRequests);
        this.enabled = enabled;
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        PrintStream stdout = System.out;
        System.setOut(System.err);
        StdioConnection connection = new StdioConnection(ConnectionManager.connectionId(),
                config.servers().get(McpServer.DEFAULT), stdout);
        connectionManager.add(connection);
        // One event loop for the session keeps the client's messages in order, as one HTTP connection would.
        Context eventLoop = vertx.getOrCreateContext();
        Thread reader = new Thread(() -> read(connection, eventLoop), "mcp-stdio-reader");
        reader.setDaemon(true);
        reader.start();
        LOG.info("MCP over stdio: reading JSON-RPC messages from standard input");
    }

    private void read(StdioConnection connection, Context eventLoop) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    dispatch(line, connection, eventLoop);
                }
            }
        } catch (IOException e) {
            LOG.warnf("Standard input failed: %s", e.getMessage());
        }
        awaitAnswers();
        LOG.info("Standard input closed: stopping");
        Quarkus.asyncExit(0);
    }

    /** A client may close its end right after its last request: answer what was read before exiting. */
    private void awaitAnswers() {
        long deadline = System.currentTimeMillis() + DRAIN_MILLIS;
        try {
            while (inFlight.get() > 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hands one line to the MCP core on a fresh duplicated context, as the HTTP transport does for each request. */
    private void dispatch(String line, StdioConnection connection, Context eventLoop) {
        Object json;
        try {
            json = Json.decodeValue(line);
        } catch (DecodeException e) {
            // The line itself may hold a token: it is never logged. The answer queues behind the earlier messages.
            eventLoop.runOnContext(ignored -> connection.sendError(null, JsonRpcErrorCodes.PARSE_ERROR,
                    "Parse error: each line must be one JSON-RPC message"));
            return;
        }
        connection.touch();
        Context context = VertxContext.createNewDuplicatedContext(eventLoop);
        VertxContextSafetyToggle.setContextSafe(context, true);
        inFlight.incrementAndGet();
        context.runOnContext(ignored -> {
            try {
                handle(new StdioRequest(json, connection)).onComplete(result -> {
                    inFlight.decrementAndGet();
                    if (result.failed()) {
                        LOG.debugf("MCP message over stdio failed: %s", result.cause().getClass().getName());
                    }
                });
            } catch (RuntimeException e) {
                inFlight.decrementAndGet();
                throw e;
            }
        });
    }

    @Override
    protected InitialRequest.Transport transport() {
        return InitialRequest.Transport.STDIO;
    }

    private static <T> T optional(Instance<T> instance) {
        return instance.isResolvable() ? instance.get() : null;
    }

    /** A message from standard input: no HTTP request, so no headers, security identity or request to make current. */
    static final class StdioRequest extends McpRequestImpl<StdioConnection> {

        StdioRequest(Object json, StdioConnection connection) {
            super(McpServer.DEFAULT, json, connection, connection, null, null, null);
        }
    }
}
