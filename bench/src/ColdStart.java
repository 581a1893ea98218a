import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cold start: from process start to the first successful tool call ({@code initialize}, then a
 * {@code zoom_get_recording_details} answered), for the plain jar on Java 17 and the JDK 25 AOT-cache build. The two
 * variants alternate, after one discarded start each (file-system cache), so that both see the same machine.
 * <p>
 * Usage: {@code java ColdStart RESULTS ZOOM_BASE_URL RUNS PLAIN_JAVA PLAIN_APP_DIR AOT_JAVA AOT_APP_DIR PLAIN_FLAGS
 * AOT_FLAGS} (flags space-separated, as the Dockerfiles pass them).
 */
public final class ColdStart {

    public static void main(String[] args) throws Exception {
        Results out = new Results(Path.of(args[0]));
        String zoom = args[1];
        int runs = Integer.parseInt(args[2]);
        String plainJava = args[3];
        String plainApp = args[4];
        String aotJava = args[5];
        String aotApp = args[6];
        List<String> plainFlags = flags(args[7]);
        List<String> aotFlags = new ArrayList<>(flags(args[8]));
        aotFlags.add("-XX:AOTCache=" + aotApp + "/app.aot");

        double[] plain = new double[runs];
        double[] aot = new double[runs];
        firstCallSeconds(plainJava, plainFlags, plainApp, zoom);
        firstCallSeconds(aotJava, aotFlags, aotApp, zoom);
        for (int i = 0; i < runs; i++) {
            plain[i] = firstCallSeconds(plainJava, plainFlags, plainApp, zoom);
            aot[i] = firstCallSeconds(aotJava, aotFlags, aotApp, zoom);
            System.err.printf("[cold start] run %d: plain %.2f s, AOT %.2f s%n", i + 1, plain[i], aot[i]);
        }
        report(out, "cold.plain", plain);
        report(out, "cold.aot", aot);
        out.put("cold.runs", runs);
        out.write();
    }

    private static void report(Results out, String key, double[] samples) {
        out.put(key + ".median_s", Percentiles.median(samples));
        out.put(key + ".min_s", Arrays.stream(samples).min().orElse(0));
        out.put(key + ".max_s", Arrays.stream(samples).max().orElse(0));
    }

    private static double firstCallSeconds(String java, List<String> flags, String app, String zoom) throws Exception {
        try (ServerProcess server = ServerProcess.start(java, flags, app, zoom)) {
            server.awaitFirstCall(60).close();
            return (System.nanoTime() - server.startNanos) / 1e9;
        }
    }

    static List<String> flags(String spaceSeparated) {
        return spaceSeparated.isBlank() ? List.of() : List.of(spaceSeparated.trim().split("\\s+"));
    }
}
