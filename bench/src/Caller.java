import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One simulated user making calls on its own connection(s): through the server (Streamable HTTP or SSE) or the
 * equivalent Zoom request sent straight to the fake Zoom. Every user has its own access token, as the agents of a
 * shared server would.
 */
interface Caller extends Closeable {

    /** The two tools measured, and the Zoom request each makes. */
    enum Tool {
        DETAILS("zoom_get_recording_details", "{\"zoom_access_token\":\"%s\",\"meeting_id\":\"85746060001\"}",
                "/meetings/85746060001/recordings"),
        LIST("zoom_list_recordings", "{\"zoom_access_token\":\"%s\"}",
                "/users/me/recordings?from=%s&to=%s&page_size=30");

        final String wireName;
        final String arguments;
        final String zoomPath;

        Tool(String wireName, String arguments, String zoomPath) {
            this.wireName = wireName;
            this.arguments = arguments;
            this.zoomPath = zoomPath;
        }

        /** The request the server makes for this tool with default arguments (the last 30 days, 30 a page). */
        String zoomTarget(String apiPath) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            return apiPath + String.format(zoomPath, today.minusDays(30), today);
        }
    }

    /** Where the load goes. */
    enum Kind {
        DIRECT("direct"), STREAMABLE("Streamable HTTP"), SSE("SSE");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    void call(Tool tool) throws IOException;

    @Override
    void close();

    static Caller open(Kind kind, URI server, URI zoomApi, int user) throws IOException {
        String token = "bench-token-" + user;
        return switch (kind) {
            case DIRECT -> new Caller() {
                final HttpConnection connection = new HttpConnection(zoomApi);

                @Override
                public void call(Tool tool) throws IOException {
                    HttpConnection.Response response = connection.send("GET", tool.zoomTarget(zoomApi.getRawPath()),
                            null, "Authorization", "Bearer " + token, "Accept", "application/json");
                    if (response.status() != 200) {
                        throw new IOException("HTTP " + response.status() + " " + response.text());
                    }
                }

                @Override
                public void close() {
                    connection.close();
                }
            };
            case STREAMABLE -> mcp(new McpClient(server.resolve("/mcp")).initialize(), token);
            case SSE -> mcp(new McpSseClient(server).initialize(), token);
        };
    }

    /** Calls through an MCP session, with this user's token as the tool's access-token argument. */
    private static Caller mcp(McpSession session, String token) {
        return new Caller() {
            @Override
            public void call(Tool tool) throws IOException {
                session.callTool(tool.wireName, String.format(tool.arguments, token));
            }

            @Override
            public void close() {
                session.close();
            }
        };
    }
}
