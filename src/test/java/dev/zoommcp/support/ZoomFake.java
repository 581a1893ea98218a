package dev.zoommcp.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A fake Zoom for tests: one WireMock server on {@code localhost} plays api.zoom.us, zoom.us/oauth and Zoom's download
 * host; a second on {@code 127.0.0.1} (another host) plays the CDN that downloads redirect to. Both on dynamic ports.
 * Fault-tolerance timings are shortened so error paths run in milliseconds.
 */
public class ZoomFake implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer zoom;
    private static WireMockServer cdn;

    @Override
    public Map<String, String> start() {
        zoom = new WireMockServer(options().dynamicPort());
        cdn = new WireMockServer(options().dynamicPort());
        zoom.start();
        cdn.start();
        String gateway = "\"dev.zoommcp.zoom.ZoomGateway\"";
        String oauth = "\"dev.zoommcp.zoom.OAuthGateway\"";
        return Map.ofEntries(
                Map.entry("zoom.api-url", zoomBase() + "/v2"),
                Map.entry("zoom.oauth-url", zoomBase()),
                Map.entry("zoom.download.trusted-hosts", "localhost"),
                Map.entry("zoom.download.idle-timeout", "1s"),
                Map.entry("zoom.tool-deadline", "8s"),
                Map.entry("zoom.retry.initial-delay", "10ms"),
                Map.entry("zoom.retry.max-delay", "40ms"),
                Map.entry("zoom.retry.max-retry-after", "2s"),
                Map.entry("quarkus.rest-client.zoom-api.read-timeout", "3000"),
                Map.entry("quarkus.fault-tolerance." + gateway + ".timeout.value", "500"),
                Map.entry("quarkus.fault-tolerance." + gateway + ".timeout.unit", "millis"),
                Map.entry("quarkus.fault-tolerance." + oauth + ".timeout.value", "500"),
                Map.entry("quarkus.fault-tolerance." + oauth + ".timeout.unit", "millis"));
    }

    @Override
    public void stop() {
        zoom.stop();
        cdn.stop();
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
