import java.nio.file.Path;
import java.util.List;

import dev.zoommcp.transcript.Cue;
import dev.zoommcp.transcript.Transcript;
import dev.zoommcp.transcript.VttParser;

/**
 * Transcript parsing speed on a large synthetic Zoom transcript (numbered cues, {@code Name: text}, six speakers,
 * consecutive cues of one speaker, filler cues), and how much shorter the {@code text} format is than the VTT.
 * Runs against the server's own transcript classes (no Quarkus). Reports the median of RUNS parses after a warm-up.
 * <p>
 * Usage: {@code java -cp target/classes:bench/out/classes VttThroughput RESULTS MEGABYTES RUNS}
 */
public final class VttThroughput {

    private static final String[] SPEAKERS = { "Priya Natarajan", "Alex Rivera", "Jordan Lee", "Mei Chen",
            "Samuel Okafor", "Ana Lima (she/her)" };
    private static final String[] WORDS = ("so the launch plan depends on the docs review and we should check the "
            + "pricing page before Friday because the customer asked about migration timelines and support").split(" ");

    public static void main(String[] args) {
        Results out = new Results(Path.of(args[0]));
        int megabytes = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        String vtt = synthetic(megabytes * 1_000_000L);
        String warm = synthetic(5_000_000L);
        for (int i = 0; i < 5; i++) {
            Transcript.compactText(VttParser.parse(warm));
        }
        double[] parseSeconds = new double[runs];
        double[] textSeconds = new double[runs];
        String text = "";
        int cueCount = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            List<Cue> cues = VttParser.parse(vtt);
            long parsed = System.nanoTime();
            text = Transcript.compactText(cues);
            long rendered = System.nanoTime();
            parseSeconds[i] = (parsed - start) / 1e9;
            textSeconds[i] = (rendered - parsed) / 1e9;
            cueCount = cues.size();
            System.err.printf("[vtt] run %d: parse %.2f s, text %.2f s%n", i + 1, parseSeconds[i], textSeconds[i]);
        }
        double mb = vtt.length() / 1e6;
        out.put("vtt.mb", mb);
        out.put("vtt.cues", cueCount);
        out.put("vtt.parse_mb_s", mb / Percentiles.median(parseSeconds));
        out.put("vtt.parse_text_mb_s", mb / (Percentiles.median(parseSeconds) + Percentiles.median(textSeconds)));
        out.put("vtt.text_fraction", (double) text.length() / vtt.length());
        out.write();
    }

    /**
     * About {@code chars} characters of Zoom-style WebVTT (ASCII, so characters are bytes). Shaped like Zoom's
     * TRANSCRIPT files: a cue holds a few seconds of speech, 4 to 14 words (0.4 s a word); the speaker changes at a cue
     * with probability 0.3, so a turn runs a few cues; one cue in 20 is a lone filler ("Mm-hmm.").
     */
    static String synthetic(long chars) {
        StringBuilder vtt = new StringBuilder((int) chars + 1024).append("WEBVTT\n\n");
        java.util.Random random = new java.util.Random(42);
        int speaker = 0;
        long millis = 0;
        for (int cue = 1; vtt.length() < chars; cue++) {
            if (random.nextInt(10) < 3) {
                speaker = (speaker + 1 + random.nextInt(SPEAKERS.length - 1)) % SPEAKERS.length;
            }
            int words = random.nextInt(20) == 0 ? 0 : 4 + random.nextInt(11);
            long duration = words == 0 ? 600 : words * 400L;
            vtt.append(cue).append('\n');
            timestamp(vtt, millis).append(" --> ");
            timestamp(vtt, millis + duration).append('\n').append(SPEAKERS[speaker]).append(": ");
            if (words == 0) {
                vtt.append("Mm-hmm.");
            } else {
                for (int w = 0; w < words; w++) {
                    String word = WORDS[random.nextInt(WORDS.length)];
                    vtt.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
                }
                vtt.append('.');
            }
            vtt.append("\n\n");
            millis += duration + 200;
        }
        return vtt.toString();
    }

    private static StringBuilder timestamp(StringBuilder out, long millis) {
        long h = millis / 3_600_000;
        long m = millis / 60_000 % 60;
        long s = millis / 1000 % 60;
        long ms = millis % 1000;
        return out.append(h < 10 ? "0" : "").append(h).append(':').append(m < 10 ? "0" : "").append(m).append(':')
                .append(s < 10 ? "0" : "").append(s).append('.').append(ms < 100 ? "0" : "").append(ms < 10 ? "0" : "")
                .append(ms);
    }
}
