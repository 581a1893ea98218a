package dev.zoommcp.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.SingleRootFileSource;
import com.github.tomakehurst.wiremock.standalone.JsonFileMappingsSource;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A fake Zoom for tests: one WireMock server on {@code localhost} plays api.zoom.us, zoom.us/oauth and Zoom's download
 * host; a second on {@code 127.0.0.1} (another host) plays the CDN that downloads redirect to. Both on dynamic ports,
 * and both allowed as loopback redirect targets (zoom.download.private-redirect-hosts).
 * Timeouts and back-off are shortened so error paths run in milliseconds.
 * <p>
 * Tests start from no stubs ({@link #reset()}) and stub what they need; {@link #loadSandbox()} loads the dev-mode
 * sandbox instead, so that its documented demo flow is tested too.
 */
public class ZoomFake implements QuarkusTestResourceLifecycleManager {

    /** The dev-mode sandbox's WireMock root; its mappings are loaded only by {@link #loadSandbox()}. */
    static final Path SANDBOX = Path.of("src/main/sandbox/zoom");

    private static WireMockServer zoom;
    private static WireMockServer cdn;

    @Override
    public Map<String, String> start() {
        zoom = new WireMockServer(options().dynamicPort().usingFilesUnderDirectory(copyOfSandbox()));
        cdn = new WireMockServer(options().dynamicPort());
        zoom.start();
        cdn.start();
        return Map.ofEntries(
                Map.entry("zoom.api-url", zoomBase() + "/v2"),
                Map.entry("zoom.oauth-url", zoomBase()),
                Map.entry("zoom.download.idle-timeout", "1s"),
                Map.entry("zoom.download.max-bytes", "1048576"),
                Map.entry("zoom.download.private-redirect-hosts", "127.0.0.1:" + cdn.port() + ",localhost:" + zoom.port()),
                // the sign-in tests' client metadata documents are served by the fake on loopback
                Map.entry("mcp.access.client-metadata-private-hosts", "localhost:" + zoom.port()),
                Map.entry("zoom.tool-deadline", "8s"),
                Map.entry("zoom.attempt-timeout", "1s"),
                Map.entry("zoom.retry.initial-delay", "10ms"),
                Map.entry("zoom.retry.max-delay", "40ms"),
                Map.entry("zoom.retry.max-retry-after", "2s"),
                Map.entry("quarkus.rest-client.zoom-api.read-timeout", "5000"));
    }

    @Override
    public void stop() {
        zoom.stop();
        cdn.stop();
    }

    /**
     * The server works on a copy of the sandbox: WireMock deletes the mapping files of its root directory when its
     * mappings are reset, and the sandbox's own files must survive the tests.
     */
    private static String copyOfSandbox() {
        try {
            Path root = Files.createTempDirectory("zoom-sandbox");
            for (String dir : new String[] { "mappings", "__files" }) {
                Files.createDirectories(root.resolve(dir));
                try (Stream<Path> files = Files.list(SANDBOX.resolve(dir))) {
                    for (Path file : files.toList()) {
                        Files.copy(file, root.resolve(dir).resolve(file.getFileName()));
                    }
                }
            }
            return root.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every stub, recorded request and scenario state from both servers. */
    public static void reset() {
        for (WireMockServer server : new WireMockServer[] { zoom, cdn }) {
            server.resetMappings();
            server.resetRequests();
            server.resetScenarios();
        }
    }

    /** Serves the dev-mode sandbox (src/main/sandbox/zoom) instead of per-test stubs. */
    public static void loadSandbox() {
        zoom.resetMappings();
        zoom.loadMappingsUsing(new JsonFileMappingsSource(
                new SingleRootFileSource(SANDBOX.resolve("mappings").toFile()), null));
        if (zoom.getStubMappings().isEmpty()) {
            throw new IllegalStateException("no sandbox mappings under " + SANDBOX);
        }
    }

    /** The fake api.zoom.us / zoom.us / download host. */
    public static WireMockServer zoom() {
        return zoom;
    }

    /** The fake CDN on another host. */
    public static WireMockServer cdn() {
        return cdn;
    }

    public static String zoomBase() {
        return "http://localhost:" + zoom.port();
    }

    public static String cdnBase() {
        return "http://127.0.0.1:" + cdn.port();
    }

    /** A fixture from src/test/resources/zoom, with {@code {{base}}} replaced by the fake's base URL. */
    public static String fixture(String name) {
        try (InputStream in = ZoomFake.class.getResourceAsStream("/zoom/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{base}}", zoomBase());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
