package dev.zoommcp.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A folder where the launcher keeps its start-up cache: the cache files, and the wait for a recording to finish. */
final class StartupCacheDir {

    private final Path dir;

    StartupCacheDir(Path dir) {
        this.dir = dir;
    }

    /** The complete cache files (a recording in progress is a *.tmp file and a *.lock folder). */
    List<Path> caches() throws IOException {
        return list(name -> name.matches("zoom-recordings-mcp\\.\\d+\\.(jsa|aot)"));
    }

    List<Path> leftovers() throws IOException {
        return list(name -> name.endsWith(".tmp") || name.endsWith(".lock"));
    }

    /** Waits until there is one cache file and no recording is under way. */
    Path awaitRecorded(Duration within) throws IOException, InterruptedException {
        return awaitRecordedAfter(FileTime.fromMillis(0), within);
    }

    /** Waits until one cache file has been modified after the file {@code after} and no recording is under way. */
    Path awaitRecordedAfter(Path after, Duration within) throws IOException, InterruptedException {
        return awaitRecordedAfter(Files.getLastModifiedTime(after), within);
    }

    private Path awaitRecordedAfter(FileTime after, Duration within) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            List<Path> caches = caches();
            if (caches.size() == 1 && leftovers().isEmpty()
                    && Files.getLastModifiedTime(caches.get(0)).compareTo(after) > 0) {
                return caches.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no start-up cache newer than " + after + " in " + dir + " within " + within + ": "
                + list(name -> true));
    }

    private List<Path> list(Predicate<String> name) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> name.test(file.getFileName().toString())).sorted().toList();
        }
    }
}
