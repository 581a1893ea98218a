package dev.zoommcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The desktop launcher next to the uber-jar: starts the server over stdio with a Java 17+ and the JVM arguments the README
 * gives {@code java} users, says what is missing otherwise. (Its start-up cache: LauncherCacheIT.)
 */
class LauncherIT {

    private static final String LAUNCHER = System.getProperty("app.launcher", "target/zoom-recordings-mcp");

    @TempDir
    Path dir;

    @Test
    void servesMcpOverStdioWithTheJavaOfJavaHome() throws Exception {
        Process process = launcher(Map.of("JAVA_HOME", System.getProperty("java.home")));
        try {
            String initialize = new JsonObject().put("jsonrpc", "2.0").put("id", 1).put("method", "initialize")
                    .put("params", new JsonObject().put("protocolVersion", "2025-06-18")
                            .put("capabilities", new JsonObject())
                            .put("clientInfo", new JsonObject().put("name", "it").put("version", "1")))
                    .encode();
            process.getOutputStream().write((initialize + "\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();

            String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
            assertThat(stdout.lines()).singleElement().satisfies(line -> assertThat(new JsonObject(line)
                    .getJsonObject("result").getJsonObject("serverInfo").getString("name")).isEqualTo("zoom-recordings-mcp"));
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void passesTheReadmesJvmArgumentsThenJavaOpts() throws Exception {
        Path java = fakeJava("java-17", "printf '%s\\n' \"QUARKUS_PROFILE=$QUARKUS_PROFILE\" \"$@\" > \"$0.args\"");
        Files.writeString(dir.resolve("java-17/release"), "JAVA_VERSION=\"17.0.99\"\n");

        Result result = run(Map.of("JAVA_HOME", java.toString(), "JAVA_OPTS", "-Dfrom.java.opts=1 -Xmx256m"));

        assertThat(result.exit).isZero();
        List<String> expected = new ArrayList<>(List.of("QUARKUS_PROFILE=stdio"));
        expected.addAll(McpStdio.DESKTOP_JVM_ARGS.subList(0, McpStdio.DESKTOP_JVM_ARGS.indexOf("-Dquarkus.profile=stdio")));
        expected.addAll(List.of("-Dfrom.java.opts=1", "-Xmx256m", "-jar"));
        assertThat(Files.readAllLines(java.resolve("bin/java.args"))).startsWith(expected.toArray(String[]::new))
                .last().satisfies(jar -> assertThat(jar).endsWith("zoom-recordings-mcp.jar"));
    }

    @Test
    void theReadmesJavaConfigurationsPassTheSameJvmArguments() throws IOException {
        Matcher blocks = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("README.md")));
        List<JsonArray> javaArgs = new ArrayList<>();
        while (blocks.find()) {
            JsonObject root = new JsonObject(blocks.group(1));
            for (String key : List.of("mcpServers", "servers")) { // servers: VS Code
                JsonObject servers = root.getValue(key) instanceof JsonObject object ? object : new JsonObject();
                for (String name : servers.fieldNames()) {
                    JsonObject server = servers.getJsonObject(name);
                    if ("java".equals(server.getString("command"))) {
                        javaArgs.add(server.getJsonArray("args"));
                    }
                }
            }
        }
        List<Object> expected = new ArrayList<>(McpStdio.DESKTOP_JVM_ARGS);
        expected.addAll(List.of("-jar", "/opt/zoom-recordings-mcp/zoom-recordings-mcp.jar"));
        assertThat(javaArgs).hasSizeGreaterThanOrEqualTo(2).allSatisfy(args -> assertThat(args.getList()).isEqualTo(expected));
    }

    @Test
    void refusesAJavaOlderThan17AndSaysWhichOneItFound() throws Exception {
        Path oldJava = fakeJava("java-11", "echo 'openjdk version \"11.0.21\" 2023-10-17' >&2");

        Result result = run(Map.of("JAVA_HOME", oldJava.toString()));

        assertThat(result.exit).isEqualTo(1);
        assertThat(result.stderr).contains(oldJava.resolve("bin/java").toString(), "Java 11.0.21",
                "needs Java 17 or newer");
        assertThat(result.stdout).isEmpty();
    }

    @Test
    void saysThatNoJavaWasFound() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String tool : new String[] { "sh", "dirname", "sed", "readlink", "cut", "head" }) {
            Files.createSymbolicLink(bin.resolve(tool), which(tool));
        }

        Result result = run(Map.of("PATH", bin.toString()));

        assertThat(result.exit).isEqualTo(1);
        assertThat(result.stderr).contains("no Java found", "Java 17 or newer", "JAVA_HOME");
    }

    private record Result(int exit, String stdout, String stderr) {
    }

    private Result run(Map<String, String> env) throws IOException, InterruptedException {
        Process process = launcher(env);
        process.getOutputStream().close();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), stdout, stderr);
    }

    /** The launcher, with a cache folder it cannot create (no start-up cache is recorded here: LauncherCacheIT). */
    private Process launcher(Map<String, String> env) throws IOException {
        Path noCache = dir.resolve("no-cache");
        if (!Files.exists(noCache)) {
            Files.writeString(noCache, "a file, not a folder");
        }
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", Path.of(LAUNCHER).toAbsolutePath().toString());
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("JAVA_OPTS");
        builder.environment().put("ZOOM_MCP_CACHE_DIR", noCache.toString());
        builder.environment().putAll(env);
        return builder.start();
    }

    /** A JDK home whose bin/java is a shell script (no release file, so the launcher asks java -version). */
    private Path fakeJava(String name, String body) throws IOException {
        Path java = Files.createDirectories(dir.resolve(name).resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return dir.resolve(name);
    }

    private static Path which(String tool) {
        for (String entry : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(entry, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(tool + " not on PATH");
    }
}
