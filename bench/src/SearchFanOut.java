import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search fan-out: one {@code zoom_search_transcripts} over N meetings while the fake Zoom enforces a per-second limit,
 * timed against the floor N ÷ limit (each meeting's transcript download is one rate-limited request). The server's
 * pacer ({@code ZOOM_SEARCH_REQUESTS_PER_SECOND}) must be set to the same limit by whoever started it. A warm-up search
 * without the limit runs first, then the fake's bucket is refilled and the timed search starts.
 * <p>
 * Usage: {@code java SearchFanOut RESULTS SERVER_URL ZOOM_BASE_URL MEETINGS LIMIT_PER_SECOND}
 */
public final class SearchFanOut {

    private static final Pattern SEARCHED = Pattern.compile("\"meetings_searched\":(\\d+)");

    public static void main(String[] args) throws Exception {
        Results out = new Results(Path.of(args[0]));
        URI server = URI.create(args[1]);
        URI zoom = URI.create(args[2]);
        int meetings = Integer.parseInt(args[3]);
        int limit = Integer.parseInt(args[4]);
        HttpConnection control = new HttpConnection(zoom);
        try (McpClient client = new McpClient(server.resolve("/mcp")).initialize()) {
            control.send("POST", "/bench/limit?rate=0", new byte[0]);
            client.callTool("zoom_search_transcripts", arguments(limit));
            control.send("POST", "/bench/limit?rate=" + limit, new byte[0]);
            control.send("POST", "/bench/reset", new byte[0]);
            long start = System.nanoTime();
            String answer = client.callTool("zoom_search_transcripts", arguments(meetings));
            double seconds = (System.nanoTime() - start) / 1e9;
            String stats = new String(control.send("GET", "/bench/stats", null).body(), StandardCharsets.UTF_8);
            Matcher searched = SEARCHED.matcher(answer);
            out.put("fanout.meetings", meetings);
            out.put("fanout.searched", searched.find() ? searched.group(1) : "?");
            out.put("fanout.limit", limit);
            out.put("fanout.seconds", seconds);
            out.put("fanout.floor_s", (double) meetings / limit);
            out.put("fanout.multiple", seconds / ((double) meetings / limit));
            out.put("fanout.zoom_requests", stats.replaceAll(".*downloads=(\\d+).*", "$1"));
            out.put("fanout.rejected_429", stats.replaceAll(".*limited=(\\d+).*", "$1"));
            out.write();
            System.err.printf("[fan-out] %d meetings at %d/s: %.2f s (floor %.2f s), zoom %s%n", meetings, limit,
                    seconds, (double) meetings / limit, stats);
        } finally {
            control.send("POST", "/bench/limit?rate=0", new byte[0]);
            control.close();
        }
    }

    private static String arguments(int meetings) {
        return "{\"zoom_access_token\":\"bench-search\",\"query\":\"launch plan\",\"max_meetings\":" + meetings
                + ",\"max_matches\":500}";
    }
}
