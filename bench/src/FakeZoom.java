import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A fake Zoom for benchmarks, on loopback: recordings list, recording details (Zoom-shaped JSON, built per request as a
 * real service would), transcript download (302 to a signed-URL path), OAuth token. It does the least work an HTTP
 * service can, so that a load sent straight to it measures the floor a tool call cannot go below.
 * <p>
 * Zoom's per-account rate limit can be switched on: {@code POST /bench/limit?rate=N} (a token bucket of N requests a
 * second, burst N; 0 = off) answers 429 with {@code Retry-After: 1} beyond it, for every API request and download
 * (the signed-URL hop is not counted, as on Zoom's CDN). {@code GET /bench/stats} counts requests; {@code POST
 * /bench/reset} zeroes the counts, also kept by kind: listings, recording details, AI summaries, transcript and chat
 * files.
 * <p>
 * With {@code chat}, every meeting also has a CHAT file and an AI summary ({@code GET /v2/meetings/{id}/meeting_summary}),
 * and recording details answer for the meeting asked (by numeric id or uuid); transcripts and chats speak of prices now
 * and then, for the search benchmark ({@code AgentSession}).
 * <p>
 * Usage: {@code java FakeZoom PORT_FILE [MEETINGS [chat]]}: listens on a free port, which it writes to PORT_FILE.
 */
public final class FakeZoom {

    private static final String VTT = vtt();
    private static final String CHAT = chat();

    private final int meetings;
    private final boolean rich;
    private final AtomicLong listings = new AtomicLong();
    private final AtomicLong details = new AtomicLong();
    private final AtomicLong summaries = new AtomicLong();
    private final AtomicLong transcriptFiles = new AtomicLong();
    private final AtomicLong chatFiles = new AtomicLong();
    private final AtomicLong api = new AtomicLong();
    private final AtomicLong downloads = new AtomicLong();
    private final AtomicLong cdn = new AtomicLong();
    private final AtomicLong limited = new AtomicLong();
    private volatile TokenBucket limit;
    private String base;

    private FakeZoom(int meetings, boolean rich) {
        this.meetings = meetings;
        this.rich = rich;
    }

    public static void main(String[] args) throws IOException {
        // Headers and body in one packet: without it every response waits out the client's delayed ACK (40 ms).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        FakeZoom fake = new FakeZoom(args.length > 1 ? Integer.parseInt(args[1]) : 200,
                args.length > 2 && args[2].equals("chat"));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        fake.base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", exchange -> {
            try {
                fake.handle(exchange);
            } catch (RuntimeException e) {
                respond(exchange, 500, "{\"code\":500,\"message\":\"" + e + "\"}", "application/json");
            } finally {
                exchange.close();
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.start();
        Files.writeString(Path.of(args[0]), String.valueOf(server.getAddress().getPort()));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        exchange.getRequestBody().readAllBytes();
        if (path.startsWith("/bench/")) {
            control(exchange, path);
            return;
        }
        if (path.startsWith("/cdn/")) {
            cdn.incrementAndGet();
            boolean chat = path.startsWith("/cdn/c");
            respond(exchange, 200, chat ? CHAT : VTT, chat ? "text/plain" : "text/vtt");
            return;
        }
        TokenBucket bucket = limit;
        if (bucket != null && !bucket.tryTake()) {
            limited.incrementAndGet();
            exchange.getResponseHeaders().add("Retry-After", "1");
            respond(exchange, 429, "{\"code\":429,\"message\":\"You have reached the maximum per-second limit.\"}",
                    "application/json");
            return;
        }
        if (method.equals("POST") && path.equals("/oauth/token")) {
            respond(exchange, 200, "{\"access_token\":\"bench-access\",\"token_type\":\"bearer\",\"refresh_token\":"
                    + "\"bench-refresh\",\"expires_in\":3600,\"scope\":\"cloud_recording:read\"}", "application/json");
            return;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            respond(exchange, 401, "{\"code\":124,\"message\":\"Invalid access token.\"}", "application/json");
            return;
        }
        if (path.startsWith("/rec/download/")) {
            downloads.incrementAndGet();
            (path.startsWith("/rec/download/c") ? chatFiles : transcriptFiles).incrementAndGet();
            exchange.getResponseHeaders().add("Location", base + "/cdn/" + path.substring(14) + "?sig=bench");
            respond(exchange, 302, "", "text/plain");
            return;
        }
        api.incrementAndGet();
        if (path.equals("/v2/users/me/recordings")) {
            listings.incrementAndGet();
            respond(exchange, 200, list(exchange.getRequestURI().getRawQuery()), "application/json");
        } else if (path.startsWith("/v2/meetings/") && path.endsWith("/recordings")) {
            details.incrementAndGet();
            respond(exchange, 200, meeting(new StringBuilder(2048), rich ? meetingNumber(path) : 1).toString(),
                    "application/json");
        } else if (rich && path.startsWith("/v2/meetings/") && path.endsWith("/meeting_summary")) {
            summaries.incrementAndGet();
            int n = meetingNumber(path);
            respond(exchange, 200, "{\"meeting_id\":" + (85746060000L + n) + ",\"meeting_uuid\":\"uuid" + n
                    + "AAAAAiAiAiiAii==\",\"meeting_topic\":\"Weekly planning " + n + "\",\"summary_overview\":"
                    + "\"The team reviewed the launch plan and the pricing of the starter tier.\",\"summary_details\":"
                    + "[{\"label\":\"Pricing\",\"summary\":\"The price increase waits for the docs.\"}],"
                    + "\"next_steps\":[\"Priya drafts the docs.\"]}", "application/json");
        } else {
            respond(exchange, 404, "{\"code\":3301,\"message\":\"This recording does not exist.\"}", "application/json");
        }
    }

    private void control(HttpExchange exchange, String path) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        switch (path) {
            case "/bench/limit" -> {
                int rate = Integer.parseInt(query.replaceAll(".*rate=(\\d+).*", "$1"));
                limit = rate > 0 ? new TokenBucket(rate) : null;
                respond(exchange, 200, "rate=" + rate, "text/plain");
            }
            case "/bench/reset" -> {
                for (AtomicLong count : new AtomicLong[] { listings, details, summaries, transcriptFiles, chatFiles }) {
                    count.set(0);
                }
                api.set(0);
                downloads.set(0);
                cdn.set(0);
                limited.set(0);
                respond(exchange, 200, "reset", "text/plain");
            }
            case "/bench/stats" -> respond(exchange, 200, "api=" + api + " downloads=" + downloads + " cdn=" + cdn
                    + " limited=" + limited + " listings=" + listings + " details=" + details + " summaries=" + summaries
                    + " transcript_files=" + transcriptFiles + " chat_files=" + chatFiles, "text/plain");
            default -> respond(exchange, 404, "", "text/plain");
        }
    }

    /** A page of the listing: {@code page_size} meetings (default 30) of {@link #meetings}, Zoom's paging fields. */
    private String list(String query) {
        int pageSize = 30;
        int start = 0;
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("page_size=")) {
                    pageSize = Integer.parseInt(pair.substring(10));
                } else if (pair.startsWith("next_page_token=") && pair.length() > 17) {
                    start = Integer.parseInt(pair.substring(17));
                }
            }
        }
        int end = Math.min(meetings, start + pageSize);
        StringBuilder json = new StringBuilder(2048 * (end - start) + 256)
                .append("{\"from\":\"2026-10-01\",\"to\":\"2026-10-31\",\"page_size\":").append(pageSize)
                .append(",\"total_records\":").append(meetings)
                .append(",\"next_page_token\":\"").append(end < meetings ? "p" + end : "").append("\",\"meetings\":[");
        for (int n = start; n < end; n++) {
            meeting(n > start ? json.append(',') : json, n);
        }
        return json.append("]}").toString();
    }

    private StringBuilder meeting(StringBuilder json, int n) {
        // newest first, as Zoom lists: eight meetings a day, 16:00 to 09:00, from October 28 back
        String day = String.format("2026-10-%02dT", Math.max(1, 28 - n / 8));
        json.append("{\"uuid\":\"uuid").append(n).append("AAAAAiAiAiiAii==\",\"id\":").append(85746060000L + n)
                .append(",\"account_id\":\"Cx3wERazSgup7ZWRHQM8-w\",\"host_id\":\"_0ctZtY0REqWalTmwvrdIw\"")
                .append(",\"topic\":\"Weekly planning ").append(n).append("\",\"type\":2,\"start_time\":\"").append(day)
                .append(16 - n % 8).append(":00:00Z\",\"timezone\":\"America/New_York\",\"duration\":30,\"total_size\":")
                .append(529_000_000L + n).append(",\"recording_count\":4,\"share_url\":\"https://example.zoom.us/rec/share/")
                .append("Ra3AfK2ibqlTeXF").append(n).append("\",\"recording_files\":[");
        file(json, n, "m", "MP4", "MP4", "shared_screen_with_speaker_view", 520_000_000L, day).append(',');
        file(json, n, "a", "M4A", "M4A", "audio_only", 8_900_000L, day).append(',');
        file(json, n, "t", "TRANSCRIPT", "VTT", "audio_transcript", VTT.length(), day).append(',');
        if (rich) {
            file(json, n, "c", "CHAT", "TXT", "chat_file", CHAT.length(), day).append(',');
        }
        json.append("{\"meeting_id\":\"uuid").append(n).append("AAAAAiAiAiiAii==\",\"recording_start\":\"").append(day)
                .append("10:00:00Z\",\"recording_end\":\"").append(day).append("10:30:00Z\",\"file_type\":\"TIMELINE\",")
                .append("\"file_extension\":\"JSON\",\"download_url\":\"").append(base).append("/rec/download/l")
                .append(n).append("\",\"recording_type\":\"timeline\"}");
        return json.append("]}");
    }

    private StringBuilder file(StringBuilder json, int n, String prefix, String type, String extension,
            String recordingType, long size, String day) {
        return json.append("{\"id\":\"").append(prefix).append(n).append("-4c1b-9d0e-5e1f2a3b4c5d\",\"meeting_id\":\"uuid")
                .append(n).append("AAAAAiAiAiiAii==\",\"recording_start\":\"").append(day)
                .append("10:00:00Z\",\"recording_end\":\"").append(day).append("10:30:00Z\",\"file_type\":\"")
                .append(type).append("\",\"file_extension\":\"").append(extension).append("\",\"file_size\":")
                .append(size).append(",\"play_url\":\"https://example.zoom.us/rec/play/").append(prefix).append(n)
                .append("\",\"download_url\":\"").append(base).append("/rec/download/").append(prefix).append(n)
                .append("\",\"status\":\"completed\",\"recording_type\":\"").append(recordingType).append("\"}");
    }

    private static void respond(HttpExchange exchange, int status, String body, String type) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Zoom's Zoom-style transcript: numbered cues, {@code Name: text}, two speakers. */
    private static String vtt() {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        for (int i = 0; i < 120; i++) {
            vtt.append(i + 1).append('\n').append(String.format("00:%02d:%02d.000 --> 00:%02d:%02d.900\n", i / 60,
                    i % 60, i / 60, i % 60)).append(i % 3 == 0 ? "Priya Natarajan" : "Alex Rivera")
                    .append(i % 40 == 7 ? ": We priced the starter tier; the price increase waits. Sentence " : ": Sentence ")
                    .append(i).append(" about the launch plan and the docs.\n\n");
        }
        return vtt.toString();
    }

    /** The meeting a details or summary path names: {@code .../85746060007/...} or {@code .../uuid7AAAA.../...}. */
    private static int meetingNumber(String path) {
        String id = path.split("/")[3];
        try {
            return id.startsWith("uuid") ? Integer.parseInt(id.substring(4, id.indexOf('A')))
                    : (int) (Long.parseLong(id) - 85746060000L);
        } catch (RuntimeException notOurs) {
            return 1;
        }
    }

    /** A cloud recording's chat file: a few messages, one about prices. */
    private static String chat() {
        return "00:01:10\tPriya Natarajan:\tDraft: https://example.com/launch-plan\n"
                + "00:04:30\tAlex Rivera:\tPricing sheet is in the channel\n"
                + "00:09:05\tSam Lee to Priya Natarajan(Direct Message):\tI can review the docs\n";
    }

    /** {@code rate} requests a second on average, at most {@code rate} at once. */
    private static final class TokenBucket {
        private final int rate;
        private double tokens;
        private long last = System.nanoTime();

        TokenBucket(int rate) {
            this.rate = rate;
            this.tokens = rate;
        }

        synchronized boolean tryTake() {
            long now = System.nanoTime();
            tokens = Math.min(rate, tokens + (now - last) * rate / 1e9);
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens--;
            return true;
        }
    }
}
