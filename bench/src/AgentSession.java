import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the per-caller cache saves, against the fake Zoom started with {@code chat} (every meeting has a transcript, a
 * chat file and an AI summary):
 * <ul>
 * <li>{@code session LABEL}: an agent's session, as an agent runs it: list a month, read three meetings' details,
 * transcripts and chats, search the month's transcripts and chats for "pricing", then again with a refined query
 * ("price increase" as a phrase). Counts the Zoom requests by kind (the fake's counters) and times each step. Run once
 * against a server with the cache off and once with it on ({@code LABEL} off / on).</li>
 * <li>{@code search60}: one search over 60 meetings' transcripts with nothing cached (a token of its own: cold), then
 * the same search and a refined one with everything cached (warm), median of 5 each.</li>
 * </ul>
 * The server's search pacer keeps its production setting (8 Zoom requests a second), so a cold search's time is mostly
 * waiting for its turn under Zoom's rate limit, as in production.
 * <p>
 * Usage: {@code java AgentSession RESULTS SERVER_URL ZOOM_BASE_URL session off|on} or {@code ... search60}
 */
public final class AgentSession {

    private static final Pattern MEETING_ID = Pattern.compile("\"meeting_id\":(\\d+)");
    private static final Pattern SEARCHED = Pattern.compile("\"meetings_searched\":(\\d+)");
    private static final Pattern COUNT = Pattern.compile("(\\w+)=(\\d+)");
    private static final String MONTH = "\"from_date\":\"2026-10-01\",\"to_date\":\"2026-10-31\"";

    private final Results out;
    private final McpClient client;
    private final HttpConnection zoom;

    private AgentSession(Results out, McpClient client, HttpConnection zoom) {
        this.out = out;
        this.client = client;
        this.zoom = zoom;
    }

    public static void main(String[] args) throws Exception {
        Results out = new Results(Path.of(args[0]));
        HttpConnection zoom = new HttpConnection(URI.create(args[2]));
        try (McpClient client = new McpClient(URI.create(args[1]).resolve("/mcp")).initialize()) {
            AgentSession bench = new AgentSession(out, client, zoom);
            if (args[3].equals("session")) {
                bench.session(args[4]);
            } else {
                bench.search60();
            }
        } finally {
            zoom.close();
        }
        out.write();
    }

    private void session(String label) throws Exception {
        String token = "\"zoom_access_token\":\"bench-session-" + label + "\"";
        zoom.send("POST", "/bench/reset", new byte[0]);
        Map<String, Double> seconds = new LinkedHashMap<>();
        long start = System.nanoTime();
        String listing = timed(seconds, "list", "zoom_list_recordings", "{" + token + "," + MONTH + "}");
        List<String> ids = new ArrayList<>();
        Matcher id = MEETING_ID.matcher(listing);
        while (ids.size() < 3 && id.find()) {
            ids.add(id.group(1));
        }
        for (String meeting : ids) {
            String args = "{" + token + ",\"meeting_id\":\"" + meeting + "\"}";
            timed(seconds, "details", "zoom_get_recording_details", args);
            timed(seconds, "transcript", "zoom_get_meeting_transcript", args);
            timed(seconds, "chat", "zoom_get_meeting_chat", args);
        }
        timed(seconds, "search1", "zoom_search_transcripts", "{" + token + "," + MONTH
                + ",\"query\":\"pricing\",\"sources\":[\"transcript\",\"chat\"]}");
        Map<String, Long> beforeRefined = stats();
        timed(seconds, "search2", "zoom_search_transcripts", "{" + token + "," + MONTH
                + ",\"query\":\"\\\"price increase\\\"\",\"sources\":[\"transcript\",\"chat\"]}");
        double total = (System.nanoTime() - start) / 1e9;
        Map<String, Long> after = stats();
        String key = "session." + label + ".";
        out.put(key + "meetings_read", ids.size());
        out.put(key + "seconds", total);
        seconds.forEach((step, s) -> out.put(key + "seconds." + step, s));
        for (String kind : List.of("listings", "details", "summaries", "transcript_files", "chat_files")) {
            out.put(key + "requests." + kind, after.get(kind));
        }
        out.put(key + "requests.total", after.get("api") + after.get("downloads"));
        out.put(key + "search2.downloads", after.get("downloads") - beforeRefined.get("downloads"));
        System.err.printf("[session %s] %.2f s, zoom %s; refined search: %d downloads%n", label, total, after,
                after.get("downloads") - beforeRefined.get("downloads"));
    }

    private void search60() throws Exception {
        String args = "\"zoom_access_token\":\"bench-search60\"," + MONTH + ",\"max_meetings\":60,\"max_matches\":100";
        String pricing = "{" + args + ",\"query\":\"pricing\"}";
        String refined = "{" + args + ",\"query\":\"\\\"price increase\\\" launch\"}";
        zoom.send("POST", "/bench/reset", new byte[0]);
        long start = System.nanoTime();
        String first = client.callTool("zoom_search_transcripts", pricing);
        double cold = (System.nanoTime() - start) / 1e9;
        long coldDownloads = stats().get("downloads");
        double[] warm = new double[5];
        double[] warmRefined = new double[5];
        for (int i = 0; i < warm.length; i++) {
            warm[i] = time(pricing);
            warmRefined[i] = time(refined);
        }
        Arrays.sort(warm);
        Arrays.sort(warmRefined);
        Matcher searched = SEARCHED.matcher(first);
        out.put("search60.meetings_searched", searched.find() ? searched.group(1) : "?");
        out.put("search60.cold_s", cold);
        out.put("search60.cold_downloads", coldDownloads);
        out.put("search60.warm_s", warm[2]);
        out.put("search60.warm_refined_s", warmRefined[2]);
        out.put("search60.warm_downloads", stats().get("downloads") - coldDownloads);
        System.err.printf("[search60] cold %.3f s (%d downloads), warm %.4f s, refined warm %.4f s (median of 5)%n",
                cold, coldDownloads, warm[2], warmRefined[2]);
    }

    private double time(String arguments) throws Exception {
        long start = System.nanoTime();
        client.callTool("zoom_search_transcripts", arguments);
        return (System.nanoTime() - start) / 1e9;
    }

    private String timed(Map<String, Double> seconds, String step, String tool, String arguments) throws Exception {
        long start = System.nanoTime();
        String answer = client.callTool(tool, arguments);
        seconds.merge(step, (System.nanoTime() - start) / 1e9, Double::sum);
        return answer;
    }

    private Map<String, Long> stats() throws Exception {
        String text = new String(zoom.send("GET", "/bench/stats", null).body(), StandardCharsets.UTF_8);
        Map<String, Long> counts = new LinkedHashMap<>();
        Matcher m = COUNT.matcher(text);
        while (m.find()) {
            counts.put(m.group(1), Long.parseLong(m.group(2)));
        }
        return counts;
    }
}
