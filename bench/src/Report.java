import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a run's {@code key=value} results into the markdown tables of the README's Performance section: tool calls
 * through the server against the same load sent straight to the fake Zoom, the other figures, and each target with
 * whether it was met. Usage: {@code java Report RESULTS_FILE}; prints the markdown.
 */
public final class Report {

    private final Map<String, String> r = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        Report report = new Report();
        report.r.putAll(Results.read(Path.of(args[0])));
        System.out.print(report.render());
    }

    private String render() {
        StringBuilder md = new StringBuilder();
        md.append(String.format("Run: %s, mode %s, commit %s; %s CPUs; load average %s at start, %s at end.%n%n",
                s("env.date"), s("env.mode"), s("env.commit"), s("env.cpus"), s("env.load_start"), s("env.load_end")));
        md.append("Tool calls (latency in ms; CPU = the server's, or for direct calls the fake Zoom's, per call)\n\n");
        md.append("| transport | tool | users | server calls/s | p50 | p99 | direct calls/s | p50 | p99 | p50 ratio"
                + " server/direct | errors | CPU µs/call server | CPU µs/call fake |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<String> scenarios = new ArrayList<>();
        for (String key : r.keySet()) {
            if (key.startsWith("load.") && key.endsWith(".server.calls")) {
                scenarios.add(key.substring(0, key.length() - ".server.calls".length()));
            }
        }
        for (String k : scenarios) {
            String[] parts = k.split("\\.");
            md.append(String.format("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    parts[1].equals("sse") ? "SSE" : "Streamable HTTP",
                    parts[2].equals("details") ? "zoom_get_recording_details" : "zoom_list_recordings", parts[3],
                    f0(k + ".server.rate"), f2(k + ".server.p50_ms"), f2(k + ".server.p99_ms"), f0(k + ".direct.rate"),
                    f2(k + ".direct.p50_ms"), f2(k + ".direct.p99_ms"),
                    ratio(d(k + ".server.p50_ms"), d(k + ".direct.p50_ms")),
                    (long) (d(k + ".server.errors") + d(k + ".direct.errors")),
                    f0(k + ".server.cpu_us_per_call"), f0(k + ".direct.cpu_us_per_call")));
        }
        md.append("\nOther figures\n\n| figure | value |\n|---|---|\n");
        row(md, "cold start to first tool call, plain jar Java 17 (median, min–max)",
                String.format("%s s (%s–%s), n=%s", f2("cold.plain.median_s"), f2("cold.plain.min_s"),
                        f2("cold.plain.max_s"), s("cold.runs")));
        row(md, "cold start to first tool call, AOT cache JDK 25 (median, min–max)",
                String.format("%s s (%s–%s), n=%s", f2("cold.aot.median_s"), f2("cold.aot.min_s"), f2("cold.aot.max_s"),
                        s("cold.runs")));
        row(md, "server RSS: idle / under load (peak) / 5 s after load / after GC",
                String.format("%s / %s / %s / %s MB", s("rss.idle_mb"), s("rss.load_peak_mb"), s("rss.after_mb"),
                        s("rss.after_gc_mb")));
        row(md, "heap after GC (used / committed)", s("heap.after_gc_used_mb") + " / " + s("heap.after_gc_committed_mb")
                + " MB");
        row(md, "transcript: synthetic VTT size, cues", f0("vtt.mb") + " MB, " + s("vtt.cues") + " cues");
        row(md, "transcript: parse / parse + `text` rendering", f0("vtt.parse_mb_s") + " MB/s / "
                + f0("vtt.parse_text_mb_s") + " MB/s");
        row(md, "transcript: `text` size / VTT size", pct("vtt.text_fraction"));
        row(md, "search fan-out: meetings searched, limit, time (floor N ÷ limit)",
                String.format("%s of %s, %s/s, %s s (%s s)", s("fanout.searched"), s("fanout.meetings"),
                        s("fanout.limit"), f2("fanout.seconds"), f2("fanout.floor_s")));
        row(md, "search fan-out: rate-limited downloads / 429 answers", s("fanout.zoom_requests") + " / "
                + s("fanout.rejected_429"));

        md.append("\nTargets\n\n| target | measured | met |\n|---|---|---|\n");
        double details16 = d("load.streamable.details.16.server.p50_ms") / d("load.streamable.details.16.direct.p50_ms");
        double list16 = d("load.streamable.list.16.server.p50_ms") / d("load.streamable.list.16.direct.p50_ms");
        target(md, "server/direct p50 latency at 16 users ≤ 2.0 (Streamable HTTP)",
                String.format("details %.1f, list %.1f", details16, list16), Math.max(details16, list16) <= 2.0);
        long errors = r.entrySet().stream().filter(e -> e.getKey().startsWith("load.") && e.getKey().endsWith(".errors"))
                .mapToLong(e -> Long.parseLong(e.getValue())).sum();
        target(md, "no request error at any concurrency", errors + " errors", errors == 0);
        double tailDetails = d("load.streamable.details.64.server.p99_ms") / d("load.streamable.details.64.server.p50_ms");
        double tailList = d("load.streamable.list.64.server.p99_ms") / d("load.streamable.list.64.server.p50_ms");
        target(md, "p99 ≤ 5 × p50 at 64 users", String.format("details %.1f×, list %.1f×", tailDetails, tailList),
                Math.max(tailDetails, tailList) <= 5);
        double cold = d("cold.aot.median_s") / d("cold.plain.median_s");
        target(md, "AOT cold start ≤ 0.6 × plain jar", String.format("%.2f×", cold), cold <= 0.6);
        target(md, "RSS under load ≤ 200 MB", s("rss.load_peak_mb") + " MB", d("rss.load_peak_mb") <= 200);
        target(md, "50 MB VTT parsed at ≥ 50 MB/s", f0("vtt.parse_mb_s") + " MB/s", d("vtt.parse_mb_s") >= 50);
        target(md, "`text` ≤ 60% of the VTT's characters", pct("vtt.text_fraction"), d("vtt.text_fraction") <= 0.6);
        target(md, "search fan-out ≤ 1.2 × N ÷ limit", String.format("%.2f×", d("fanout.multiple")),
                d("fanout.multiple") <= 1.2);
        return md.toString();
    }

    private static void row(StringBuilder md, String figure, String value) {
        md.append("| ").append(figure).append(" | ").append(value).append(" |\n");
    }

    private static void target(StringBuilder md, String target, String measured, boolean met) {
        md.append("| ").append(target).append(" | ").append(measured.contains("NaN") ? "–" : measured).append(" | ")
                .append(measured.contains("NaN") ? "not measured" : met ? "met" : "**missed**").append(" |\n");
    }

    private String s(String key) {
        return r.getOrDefault(key, "–");
    }

    private double d(String key) {
        try {
            return Double.parseDouble(r.get(key));
        } catch (NullPointerException | NumberFormatException e) {
            return Double.NaN;
        }
    }

    private String f0(String key) {
        return Double.isNaN(d(key)) ? "–" : String.format(Locale.ROOT, "%.0f", d(key));
    }

    private String f2(String key) {
        return Double.isNaN(d(key)) ? "–" : String.format(Locale.ROOT, "%.2f", d(key));
    }

    private String pct(String key) {
        return Double.isNaN(d(key)) ? "–" : String.format(Locale.ROOT, "%.0f%%", d(key) * 100);
    }

    private static String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "–" : String.format(Locale.ROOT, "%.1f", a / b);
    }
}
