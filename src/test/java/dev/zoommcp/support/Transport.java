package dev.zoommcp.support;

import java.util.Map;

import io.quarkiverse.mcp.server.test.McpAssured;
import io.quarkiverse.mcp.server.test.McpAssured.McpTestClient;
import io.vertx.core.MultiMap;

/** The two MCP transports the server publishes; tests run against both. */
public enum Transport {
    STREAMABLE_HTTP {
        @Override
        public McpTestClient<?, ?> connect(Map<String, String> headers) {
            return McpAssured.newStreamableClient().setAdditionalHeaders(m -> multiMap(headers)).build().connect();
        }
    },
    SSE {
        @Override
        public McpTestClient<?, ?> connect(Map<String, String> headers) {
            return McpAssured.newSseClient().setAdditionalHeaders(m -> multiMap(headers)).build().connect();
        }
    };

    /** A connected client that sends {@code headers} with every HTTP request. */
    public abstract McpTestClient<?, ?> connect(Map<String, String> headers);

    public McpTestClient<?, ?> connect() {
        return connect(Map.of());
    }

    private static MultiMap multiMap(Map<String, String> headers) {
        return MultiMap.caseInsensitiveMultiMap().addAll(headers);
    }
}
