package dev.zoommcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.vertx.core.json.JsonObject;

/**
 * The launcher's start-up cache, with the Java of this test run and a copy of the uber-jar in a folder of its own (the
 * cache lives next to the jar): the first start answers at once and records the cache in the background; later starts
 * map it; a cache older than the jar is not used and is recorded again; a cache the JVM refuses costs a warning on
 * stderr and nothing else; two first starts at once record one cache. Standard output carries JSON-RPC only throughout.
 * Times are file modification times relative to the jar's, never the clock.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherCacheIT {

    private static final String LAUNCHER = System.getProperty("app.launcher", "target/zoom-recordings-mcp");
    private static final Duration RECORDING = Duration.ofMinutes(3);
    private static final JsonObject CLIENT = new JsonObject().put("protocolVersion", "2025-06-18")
            .put("capabilities", new JsonObject()).put("clientInfo", new JsonObject().put("name", "it").put("version", "1"));

    private static Path dir;
    private static Path jar;
    private static StartupCacheDir cacheDir;

    @BeforeAll
    static void copyTheJar() throws IOException {
        dir = Files.createTempDirectory("zoom-mcp-launcher-cache-it-");
        jar = Files.copy(Path.of(System.getProperty("app.uber-jar", "target/zoom-recordings-mcp.jar")),
                dir.resolve("zoom-recordings-mcp.jar"));
        cacheDir = new StartupCacheDir(dir);
    }

    @AfterAll
    static void removeTheFolder() throws IOException {
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void theFirstStartAnswersAndRecordsTheCacheInTheBackground() throws Exception {
        assertThat(cacheDir.caches()).isEmpty();

        Session first = session(Map.of());

        assertThat(first.stderr).contains("recording the start-up cache");
        Path cache = cacheDir.awaitRecordedAfter(jar, RECORDING);
        assertThat(cache.getFileName().toString()).endsWith(extension());
    }

    @Test
    @Order(2)
    void laterStartsMapTheCache() throws Exception {
        Session later = session(Map.of("JAVA_OPTS", "-Xlog:class+load=info:file=" + dir.resolve("classes-%p.txt")));

        assertThat(later.stderr).doesNotContain("recording the start-up cache");
        assertThat(later.classSource("dev.zoommcp.stdio.StdioTransport")).contains("shared objects file");
    }

    @Test
    @Order(3)
    void aCacheOlderThanTheJarIsNotUsedAndIsRecordedAgain() throws Exception {
        Path cache = cacheDir.caches().get(0);
        Files.setLastModifiedTime(cache, plusSeconds(Files.getLastModifiedTime(jar), -3600));

        Session stale = session(Map.of("JAVA_OPTS", "-Xlog:class+load=info:file=" + dir.resolve("classes-%p.txt")));

        assertThat(stale.stderr).contains("recording the start-up cache");
        assertThat(stale.classSource("dev.zoommcp.stdio.StdioTransport")).doesNotContain("shared objects file");
        cacheDir.awaitRecordedAfter(jar, RECORDING);
    }

    @Test
    @Order(4)
    void aCacheTheJvmRefusesCostsAWarningOnStderrAndNothingElse() throws Exception {
        // the jar the cache was recorded with is replaced (another modification time), the cache looks newer still
        FileTime replaced = plusSeconds(Files.getLastModifiedTime(jar), 3600);
        Files.setLastModifiedTime(jar, replaced);
        Files.setLastModifiedTime(cacheDir.caches().get(0), plusSeconds(replaced, 60));

        Session refused = session(Map.of());

        assertThat(refused.stderr).containsPattern("\\[warning\\]\\[(cds|aot)");
    }

    @Test
    @Order(5)
    void twoFirstStartsAtOnceRecordOneCache() throws Exception {
        Path own = Files.createDirectories(dir.resolve("concurrent"));
        Map<String, String> env = Map.of("ZOOM_MCP_JAR", jar.toString(), "ZOOM_MCP_CACHE_DIR", own.toString());
        try (McpStdio one = McpStdio.launch(LAUNCHER, env); McpStdio two = McpStdio.launch(LAUNCHER, env)) {
            List<Session> sessions = List.of(Session.of(one), Session.of(two));

            assertThat(sessions).filteredOn(s -> s.stderr.contains("recording the start-up cache")).hasSize(1);
        }
        StartupCacheDir concurrent = new StartupCacheDir(own);
        concurrent.awaitRecorded(RECORDING);
        assertThat(concurrent.caches()).hasSize(1);
        assertThat(concurrent.leftovers()).isEmpty();
    }

    private static String extension() {
        return Runtime.version().feature() >= 25 ? ".aot" : ".jsa";
    }

    private static FileTime plusSeconds(FileTime time, long seconds) {
        return FileTime.from(time.toInstant().plusSeconds(seconds));
    }

    private static Session session(Map<String, String> env) throws Exception {
        Map<String, String> withJar = new HashMap<>(env);
        withJar.put("ZOOM_MCP_JAR", jar.toString());
        try (McpStdio stdio = McpStdio.launch(LAUNCHER, withJar)) {
            return Session.of(stdio);
        }
    }

    /** One session: initialize and ping answered, stdin closed, the process ended; stdout held only JSON-RPC. */
    private record Session(long pid, String stderr) {

        static Session of(McpStdio stdio) throws Exception {
            JsonObject initialize = stdio.request("initialize", CLIENT).getJsonObject("result");
            assertThat(initialize.getJsonObject("serverInfo").getString("name")).isEqualTo("zoom-recordings-mcp");
            assertThat(stdio.request("ping", new JsonObject()).getJsonObject("result")).isNotNull();
            stdio.closeStdin();
            assertThat(stdio.exited(Duration.ofSeconds(30))).isTrue();
            assertThat(stdio.process().exitValue()).isZero();
            for (String line : stdio.stdout()) {
                assertThat(new JsonObject(line).getString("jsonrpc")).as(line).isEqualTo("2.0");
            }
            return new Session(stdio.process().pid(), stdio.stderr());
        }

        /** Where the session's JVM loaded a class from, as its class+load log says (the launcher exec's the JVM). */
        String classSource(String className) throws IOException {
            Path log = dir.resolve("classes-" + pid + ".txt");
            return Files.readAllLines(log).stream().filter(line -> line.contains(" " + className + " source: "))
                    .findFirst().orElseThrow(() -> new AssertionError(className + " not in " + log));
        }
    }
}
