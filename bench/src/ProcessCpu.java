import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time a process has used (user + system, from /proc/PID/stat), to express work per call. */
final class ProcessCpu {

    /** Linux reports in clock ticks of 1/100 s (USER_HZ). */
    private static final long MICROS_PER_TICK = 10_000;

    private ProcessCpu() {
    }

    /** Microseconds of CPU used so far by the process, or -1 when it is gone. */
    static long micros(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MICROS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
