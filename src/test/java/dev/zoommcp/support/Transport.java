package dev.zoommcp.support;

import io.quarkiverse.mcp.server.test.McpAssured;
import io.quarkiverse.mcp.server.test.McpAssured.McpTestClient;

/** The two MCP transports the server publishes; tests run against both. */
public enum Transport {
    STREAMABLE_HTTP {
        @Override
        public McpTestClient<?, ?> connect() {
            return McpAssured.newConnectedStreamableClient();
        }
    },
    SSE {
        @Override
        public McpTestClient<?, ?> connect() {
            return McpAssured.newConnectedSseClient();
        }
    };

    public abstract McpTestClient<?, ?> connect();
}
