import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Training run for the JDK 25 AOT cache: starts the AOT build with {@code -XX:AOTCacheOutput}, exercises the MCP
 * endpoints and the tools against the fake Zoom, then stops the JVM (SIGTERM), which writes {@code app.aot}.
 * <p>
 * Usage: {@code java TrainAot JAVA25 APP_DIR ZOOM_BASE_URL FLAGS} (FLAGS as the AOT Dockerfile passes them).
 */
public final class TrainAot {

    public static void main(String[] args) throws Exception {
        String java = args[0];
        String app = args[1];
        List<String> flags = new ArrayList<>(ColdStart.flags(args.length > 3 ? args[3] : ""));
        flags.add("-XX:AOTCacheOutput=" + app + "/app.aot");
        try (ServerProcess server = ServerProcess.start(java, flags, app, args[2])) {
            try (McpClient client = server.awaitFirstCall(120)) {
                String token = "{\"zoom_access_token\":\"train\"";
                for (int i = 0; i < 20; i++) {
                    client.callTool("zoom_list_recordings", token + "}");
                    client.callTool("zoom_get_recording_details", token + ",\"meeting_id\":\"85746060001\"}");
                    client.callTool("zoom_get_meeting_transcript", token + ",\"meeting_id\":\"85746060001\"}");
                    client.callTool("zoom_refresh_token", "{\"zoom_refresh_token\":\"r\",\"zoom_client_id\":\"c\","
                            + "\"zoom_client_secret\":\"s\"}");
                }
            }
            server.stop(true);
        }
        Path cache = Path.of(app, "app.aot");
        if (!Files.isRegularFile(cache) || Files.size(cache) == 0) {
            throw new IllegalStateException("no AOT cache written at " + cache);
        }
        System.err.printf("[aot] trained: %s (%d MB)%n", cache, Files.size(cache) >> 20);
    }
}
