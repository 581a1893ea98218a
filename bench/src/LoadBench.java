import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Tool-call throughput and latency through the server, and the same load sent straight to the fake Zoom, in
 * alternating rounds so that both sides see the same machine. Each scenario (transport, tool, concurrency) runs
 * {@code rounds} pairs of rounds of {@code seconds} each (direct then server, server then direct, ...), after a warm-up
 * of both. Users keep their connection and MCP session across rounds. The server's RSS is sampled throughout.
 * <p>
 * The CPU time each side's own process used (the server's, or the fake Zoom's for direct rounds) is reported per call.
 * <p>
 * Usage: {@code java LoadBench SERVER_URL ZOOM_API_URL SERVER_PID ZOOM_PID RESULTS_FILE SECONDS ROUNDS WARMUP_SECONDS
 * CONCURRENCY_LIST SSE_CONCURRENCY}, e.g. {@code ... 4 3 15 1,16,64 16}. Appends {@code key=value} lines to RESULTS_FILE.
 * With {@code BENCH_ONLY=streamable.details} (for a profile of one scenario) only the scenarios whose key contains
 * that text run.
 */
public final class LoadBench {

    /** Calls per user and round at most, so that a round is bounded in count as well as time. */
    private static final int MAX_CALLS_PER_USER = 100_000;

    private record Round(long calls, long errors, long elapsedNanos, long[] latencies, String firstError,
            long cpuMicros) {
    }

    private final URI server;
    private final URI zoom;
    private final long serverPid;
    private final long zoomPid;
    private final Map<Caller.Kind, List<Caller>> pools = new EnumMap<>(Caller.Kind.class);

    private LoadBench(URI server, URI zoom, long serverPid, long zoomPid) {
        this.server = server;
        this.zoom = zoom;
        this.serverPid = serverPid;
        this.zoomPid = zoomPid;
    }

    public static void main(String[] args) throws Exception {
        URI server = URI.create(args[0]);
        URI zoom = URI.create(args[1]);
        long pid = Long.parseLong(args[2]);
        long zoomPid = Long.parseLong(args[3]);
        Path results = Path.of(args[4]);
        double seconds = Double.parseDouble(args[5]);
        int rounds = Integer.parseInt(args[6]);
        double warmup = Double.parseDouble(args[7]);
        int[] levels = Arrays.stream(args[8].split(",")).mapToInt(Integer::parseInt).toArray();
        int sseLevel = Integer.parseInt(args[9]);

        LoadBench bench = new LoadBench(server, zoom, pid, zoomPid);
        RssSampler rss = RssSampler.start(pid);
        Results out = new Results(results);
        try {
            int most = Arrays.stream(levels).max().orElse(1);
            bench.open(Caller.Kind.DIRECT, most);
            bench.open(Caller.Kind.STREAMABLE, most);
            bench.open(Caller.Kind.SSE, sseLevel);
            for (Caller.Tool tool : Caller.Tool.values()) {
                for (Caller.Kind kind : Caller.Kind.values()) {
                    bench.round(kind, tool, kind == Caller.Kind.SSE ? sseLevel : Math.min(16, most), warmup / 6);
                }
            }
            log("warm-up done");
            for (Caller.Tool tool : Caller.Tool.values()) {
                for (int level : levels) {
                    bench.scenario(out, Caller.Kind.STREAMABLE, tool, level, seconds, rounds);
                }
                bench.scenario(out, Caller.Kind.SSE, tool, sseLevel, seconds, rounds);
            }
        } finally {
            bench.pools.values().forEach(pool -> pool.forEach(Caller::close));
            rss.stop();
        }
        out.put("rss.load_peak_mb", rss.peakMb());
        out.write();
    }

    private void open(Caller.Kind kind, int users) throws IOException {
        List<Caller> pool = new ArrayList<>();
        for (int user = 0; user < users; user++) {
            pool.add(Caller.open(kind, server, zoom, user));
        }
        pools.put(kind, pool);
    }

    /** Rounds of the server {@code kind} alternating with direct rounds; both pooled over the rounds. */
    private void scenario(Results out, Caller.Kind kind, Caller.Tool tool, int level, double seconds, int rounds)
            throws InterruptedException {
        String key = "load." + kind.name().toLowerCase(java.util.Locale.ROOT) + "." + tool.name().toLowerCase(java.util.Locale.ROOT) + "." + level;
        if (!key.contains(System.getenv().getOrDefault("BENCH_ONLY", ""))) {
            return;
        }
        List<Round> direct = new ArrayList<>();
        List<Round> served = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            if (r % 2 == 0) {
                direct.add(round(Caller.Kind.DIRECT, tool, level, seconds));
                served.add(round(kind, tool, level, seconds));
            } else {
                served.add(round(kind, tool, level, seconds));
                direct.add(round(Caller.Kind.DIRECT, tool, level, seconds));
            }
        }
        report(out, key + ".server", served);
        report(out, key + ".direct", direct);
        out.write();
    }

    private static void report(Results out, String key, List<Round> rounds) {
        long calls = rounds.stream().mapToLong(Round::calls).sum();
        long errors = rounds.stream().mapToLong(Round::errors).sum();
        long nanos = rounds.stream().mapToLong(Round::elapsedNanos).sum();
        long[] all = rounds.stream().flatMapToLong(r -> Arrays.stream(r.latencies())).sorted().toArray();
        out.put(key + ".calls", calls);
        out.put(key + ".errors", errors);
        out.put(key + ".rate", calls / (nanos / 1e9));
        out.put(key + ".p50_ms", Percentiles.of(all, 50) / 1e6);
        out.put(key + ".p99_ms", Percentiles.of(all, 99) / 1e6);
        out.put(key + ".cpu_us_per_call", (double) rounds.stream().mapToLong(Round::cpuMicros).sum() / Math.max(1, calls));
        rounds.stream().map(Round::firstError).filter(e -> e != null).findFirst()
                .ifPresent(e -> out.put(key + ".first_error", e.replaceAll("\\s+", " ")));
        log(String.format("%-36s %7d calls %5d errors %7.0f/s p50 %7.2f ms p99 %7.2f ms cpu %5.0f us/call", key,
                calls, errors, calls / (nanos / 1e9), Percentiles.of(all, 50) / 1e6, Percentiles.of(all, 99) / 1e6,
                (double) rounds.stream().mapToLong(Round::cpuMicros).sum() / Math.max(1, calls)));
    }

    /** {@code level} users of the pool call {@code tool} back to back for {@code seconds}. */
    private Round round(Caller.Kind kind, Caller.Tool tool, int level, double seconds) throws InterruptedException {
        List<Caller> users = pools.get(kind).subList(0, level);
        long[][] latencies = new long[level][];
        int[] counts = new int[level];
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(level);
        CountDownLatch go = new CountDownLatch(1);
        long[] end = new long[1];
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < level; u++) {
            int user = u;
            Thread thread = new Thread(() -> {
                long[] mine = new long[4096];
                int n = 0;
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                while (System.nanoTime() < end[0] && n < MAX_CALLS_PER_USER) {
                    long start = System.nanoTime();
                    try {
                        users.get(user).call(tool);
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = System.nanoTime() - start;
                    } catch (IOException | RuntimeException e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, String.valueOf(e.getMessage()));
                    }
                }
                latencies[user] = Arrays.copyOf(mine, n);
                counts[user] = n;
            }, "user-" + u);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        long measured = kind == Caller.Kind.DIRECT ? zoomPid : serverPid;
        long cpuBefore = ProcessCpu.micros(measured);
        long start = System.nanoTime();
        end[0] = start + (long) (seconds * 1e9);
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        long elapsed = System.nanoTime() - start;
        long cpu = ProcessCpu.micros(measured) - cpuBefore;
        long calls = Arrays.stream(counts).sum();
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).toArray();
        return new Round(calls, errors.get(), elapsed, all, firstError.get(), cpu);
    }

    static void log(String message) {
        System.err.println("[load] " + message);
    }
}
