import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Figures as {@code key=value} lines appended to the run's results file, which {@link Report} turns into the table. */
final class Results {

    private final Path file;
    private final Map<String, String> pending = new LinkedHashMap<>();

    Results(Path file) {
        this.file = file;
    }

    void put(String key, Object value) {
        pending.put(key, value instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : String.valueOf(value));
    }

    /** Every {@code key=value} line of a results file, in order (a key written twice keeps its last value). */
    static Map<String, String> read(Path file) throws IOException {
        Map<String, String> figures = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                figures.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return figures;
    }

    /** Appends what was put since the last write. */
    void write() {
        StringBuilder lines = new StringBuilder();
        pending.forEach((k, v) -> lines.append(k).append('=').append(v).append('\n'));
        pending.clear();
        try {
            Files.writeString(file, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
