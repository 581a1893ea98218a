package dev.zoommcp.support;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.quarkiverse.mcp.server.ToolResponse;
import io.quarkiverse.mcp.server.test.McpAssured.McpTestClient;
import io.quarkiverse.mcp.server.test.McpAssured.ToolsPage;
import io.vertx.core.json.JsonObject;

/** Calls tools over a real MCP transport and hands back what the client received. */
public final class McpCalls {

    /** A raw {@code initialize} request body, for tests that speak plain HTTP. */
    public static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";

    private McpCalls() {
    }

    /**
     * Calls a tool on a fresh connection. A successful result's structured content is checked against the tool's
     * output schema, as strict clients do.
     */
    public static ToolResponse call(Transport transport, String tool, Map<String, Object> args) {
        return call(transport, Map.of(), tool, args);
    }

    /** {@link #call(Transport, String, Map)} with extra HTTP headers on every request of the connection. */
    public static ToolResponse call(Transport transport, Map<String, String> headers, String tool,
            Map<String, Object> args) {
        McpTestClient<?, ?> client = transport.connect(headers);
        try {
            AtomicReference<ToolResponse> response = new AtomicReference<>();
            AtomicReference<ToolsPage> tools = new AtomicReference<>();
            client.when().toolsList(tools::set).toolsCall(tool, args, response::set).thenAssertResults();
            if (!response.get().isError()) {
                OutputSchemaCheck.conforms(tool, structured(response.get()),
                        tools.get().findByName(tool).outputSchema());
            }
            return response.get();
        } finally {
            client.disconnect();
        }
    }

    public static ToolsPage listTools(Transport transport) {
        McpTestClient<?, ?> client = transport.connect();
        try {
            AtomicReference<ToolsPage> page = new AtomicReference<>();
            client.when().toolsList(page::set).thenAssertResults();
            return page.get();
        } finally {
            client.disconnect();
        }
    }

    /** The text of a result's first content item (the error message of an isError result). */
    public static String text(ToolResponse response) {
        return response.content().get(0).asText().text();
    }

    /** The structured content of a successful result. */
    public static JsonObject structured(ToolResponse response) {
        Object content = response.structuredContent();
        return content instanceof JsonObject json ? json : JsonObject.mapFrom(content);
    }
}
