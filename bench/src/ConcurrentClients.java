import java.io.File;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;

/**
 * Many clients at once: CLIENTS Streamable HTTP and SSE_CLIENTS legacy SSE clients connect together, each calls
 * {@code zoom_get_recording_details} CALLS times. Prints failures, latency, and the server's RSS and open file
 * descriptors before, at peak, 5 s after, and once idle connections have timed out (70 s after; pooled keep-alive
 * connections to Zoom close after 60 s unused) followed by a full GC.
 * <p>
 * Usage: {@code java ConcurrentClients SERVER_URL SERVER_PID CLIENTS SSE_CLIENTS CALLS}
 */
public final class ConcurrentClients {

    public static void main(String[] args) throws Exception {
        URI server = URI.create(args[0]);
        long pid = Long.parseLong(args[1]);
        int clients = Integer.parseInt(args[2]);
        int sseClients = Integer.parseInt(args[3]);
        int calls = Integer.parseInt(args[4]);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long rssBefore = RssSampler.rssKb(pid) / 1024;
        int fdsBefore = fds(pid);
        int[] peakFds = { fdsBefore };
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients + sseClients; i++) {
            Caller.Kind kind = i < clients ? Caller.Kind.STREAMABLE : Caller.Kind.SSE;
            int user = i;
            threads.add(new Thread(() -> {
                try {
                    go.await();
                    try (Caller caller = Caller.open(kind, server, null, user)) {
                        for (int c = 0; c < calls; c++) {
                            long start = System.nanoTime();
                            try {
                                caller.call(Caller.Tool.DETAILS);
                                latencies.add(System.nanoTime() - start);
                            } catch (Exception e) {
                                failures.add(String.valueOf(e.getMessage()));
                            }
                        }
                    }
                } catch (Exception e) {
                    failures.add(kind.label + " connect: " + e.getMessage());
                }
            }));
        }
        RssSampler rss = RssSampler.start(pid);
        threads.forEach(Thread::start);
        long start = System.nanoTime();
        go.countDown();
        while (threads.stream().anyMatch(Thread::isAlive)) {
            peakFds[0] = Math.max(peakFds[0], fds(pid));
            Thread.sleep(200);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        rss.stop();
        Thread.sleep(5000);
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        int total = (clients + sseClients) * calls;
        System.out.printf("clients: %d Streamable HTTP + %d SSE, %d calls each = %d tool calls in %.1f s (%.0f/s)%n",
                clients, sseClients, calls, total, seconds, sorted.length / seconds);
        System.out.printf("failed calls: %d%s%n", failures.size(),
                failures.isEmpty() ? "" : "  first: " + failures.peek());
        double p50 = Percentiles.of(sorted, 50) / 1e6;
        double p99 = Percentiles.of(sorted, 99) / 1e6;
        System.out.printf("latency: p50 %.0f ms, p99 %.0f ms, p99/p50 %.1f%n", p50, p99, p99 / p50);
        System.out.printf("server RSS MB: before %d, peak %d, after %d%n", rssBefore, rss.peakMb(),
                RssSampler.rssKb(pid) / 1024);
        System.out.printf("server open fds: before %d, peak %d, after %d%n", fdsBefore, peakFds[0], fds(pid));
        Thread.sleep(65_000);
        new ProcessBuilder("jcmd", String.valueOf(pid), "GC.run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        System.out.printf("70 s after, idle connections closed, after a full GC: server RSS %d MB, open fds %d%n",
                RssSampler.rssKb(pid) / 1024, fds(pid));
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    private static int fds(long pid) {
        return Objects.requireNonNullElse(new File("/proc/" + pid + "/fd").list(), new String[0]).length;
    }
}
