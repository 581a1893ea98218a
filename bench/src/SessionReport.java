import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of {@code bench/session.sh} as markdown: the agent session's Zoom requests and time with the cache off
 * and on, and the 60-meeting search cold and warm, each with its ratio. Usage: {@code java SessionReport RESULTS}.
 */
public final class SessionReport {

    private final Map<String, String> r = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        SessionReport report = new SessionReport();
        report.r.putAll(Results.read(Path.of(args[0])));
        System.out.print(report.render());
    }

    private String render() {
        StringBuilder md = new StringBuilder();
        md.append(String.format("Run: %s, commit %s.%n%n", r.get("env.date"), r.get("env.commit")));
        md.append("Agent session: list a month, details + transcript + chat of 3 meetings, search \"pricing\" (transcripts"
                + " and chats of the month's 30 newest meetings), search again with a refined query\n\n");
        md.append("| figure | cache off | cache on | off ÷ on |\n|---|---:|---:|---:|\n");
        row(md, "Zoom requests, all", "requests.total");
        row(md, "… listings", "requests.listings");
        row(md, "… recording details", "requests.details");
        row(md, "… transcript downloads", "requests.transcript_files");
        row(md, "… chat downloads", "requests.chat_files");
        row(md, "downloads of the refined search", "search2.downloads");
        row(md, "wall time, s", "seconds");
        for (String step : new String[] { "list", "details", "transcript", "chat", "search1", "search2" }) {
            row(md, "… " + step + ", s", "seconds." + step);
        }
        md.append("\nSearch over ").append(r.getOrDefault("search60.meetings_searched", "?"))
                .append(" meetings' transcripts (\"pricing\", then \"\\\"price increase\\\" launch\")\n\n");
        md.append("| figure | value |\n|---|---:|\n");
        md.append(String.format("| cold (nothing cached): time, Zoom downloads | %s s, %s |%n", f("search60.cold_s", 3),
                r.get("search60.cold_downloads")));
        md.append(String.format("| warm (all cached): time, median of 5 | %s s |%n", f("search60.warm_s", 4)));
        md.append(String.format("| warm, refined query: time, median of 5 | %s s |%n", f("search60.warm_refined_s", 4)));
        md.append(String.format("| Zoom downloads of the 10 warm searches | %s |%n", r.get("search60.warm_downloads")));
        md.append(String.format("| cold ÷ warm | %s |%n", ratio(d("search60.cold_s"), d("search60.warm_s"))));
        return md.toString();
    }

    private void row(StringBuilder md, String label, String key) {
        String off = r.get("session.off." + key);
        String on = r.get("session.on." + key);
        boolean seconds = key.startsWith("seconds");
        md.append(String.format("| %s | %s | %s | %s |%n", label, seconds ? f("session.off." + key, 2) : off,
                seconds ? f("session.on." + key, 2) : on, ratio(d("session.off." + key), d("session.on." + key))));
    }

    private double d(String key) {
        String v = r.get(key);
        return v == null ? Double.NaN : Double.parseDouble(v);
    }

    private String f(String key, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", d(key));
    }

    private static String ratio(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return "–";
        }
        return b == 0 ? (a == 0 ? "–" : "∞") : String.format(Locale.ROOT, "%.1f", a / b);
    }
}
