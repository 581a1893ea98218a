package dev.zoommcp.support;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.quarkiverse.mcp.server.ToolResponse;
import io.quarkiverse.mcp.server.test.McpAssured.McpTestClient;
import io.quarkiverse.mcp.server.test.McpAssured.ToolsPage;
import io.vertx.core.json.JsonObject;

/** Calls tools over a real MCP transport and hands back what the client received. */
public final class McpCalls {

    private McpCalls() {
    }

    public static ToolResponse call(Transport transport, String tool, Map<String, Object> args) {
        McpTestClient<?, ?> client = transport.connect();
        try {
            AtomicReference<ToolResponse> response = new AtomicReference<>();
            client.when().toolsCall(tool, args, response::set).thenAssertResults();
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
