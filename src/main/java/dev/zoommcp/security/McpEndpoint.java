package dev.zoommcp.security;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the MCP endpoints are served: the MCP root path ({@code /mcp}) under the HTTP root path, as the MCP extension
 * registers them, so that the access filters guard the real paths whatever {@code quarkus.http.root-path} is.
 */
@Singleton
public class McpEndpoint {

    private final String path;

    McpEndpoint(@ConfigProperty(name = "quarkus.http.root-path", defaultValue = "/") String httpRootPath,
            @ConfigProperty(name = "quarkus.mcp.server.http.root-path", defaultValue = "/mcp") String mcpRootPath) {
        this.path = join(httpRootPath, mcpRootPath);
    }

    /** The Streamable HTTP endpoint, e.g. {@code /mcp}; SSE and messages are below it. */
    public String path() {
        return path;
    }

    /** Whether a normalized request path is the endpoint or below it. */
    public boolean covers(String requestPath) {
        return requestPath.equals(path) || requestPath.startsWith(path + "/");
    }

    /** Whether a normalized request path is the Streamable HTTP endpoint itself, with or without a trailing slash. */
    public boolean isStreamable(String requestPath) {
        String path = requestPath.length() > 1 && requestPath.endsWith("/")
                ? requestPath.substring(0, requestPath.length() - 1) : requestPath;
        return path.equals(this.path);
    }

    static String join(String httpRootPath, String mcpRootPath) {
        String root = httpRootPath.endsWith("/") ? httpRootPath.substring(0, httpRootPath.length() - 1) : httpRootPath;
        String mcp = mcpRootPath.startsWith("/") ? mcpRootPath : "/" + mcpRootPath;
        String joined = (root.startsWith("/") || root.isEmpty() ? root : "/" + root) + mcp;
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
