import java.io.Closeable;
import java.io.IOException;

/** An initialized MCP session over either transport. */
interface McpSession extends Closeable {

    /** Calls a tool; returns the JSON-RPC response, or throws when it is an error or an isError result. */
    String callTool(String name, String argumentsJson) throws IOException;

    @Override
    void close();
}
