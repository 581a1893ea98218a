import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Samples a process's resident set size (VmRSS of /proc/PID/status) every 100 ms and keeps the peak. */
final class RssSampler {

    private final long pid;
    private final Thread thread;
    private volatile long peakKb;
    private volatile boolean running = true;

    private RssSampler(long pid) {
        this.pid = pid;
        this.thread = new Thread(this::sample, "rss-sampler");
        this.thread.setDaemon(true);
    }

    static RssSampler start(long pid) {
        RssSampler sampler = new RssSampler(pid);
        sampler.thread.start();
        return sampler;
    }

    /** The current VmRSS in kB, or -1 when the process is gone. */
    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // gone
        }
        return -1;
    }

    private void sample() {
        while (running) {
            peakKb = Math.max(peakKb, rssKb(pid));
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void stop() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join();
    }

    long peakMb() {
        return peakKb / 1024;
    }
}
