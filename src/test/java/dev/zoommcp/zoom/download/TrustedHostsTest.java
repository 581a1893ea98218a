package dev.zoommcp.zoom.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.zoommcp.net.HostPatterns;

class TrustedHostsTest {

    private static final List<String> ZOOM = List.of("zoom.us", "*.zoom.us");

    @Test
    void matchesExactHostsAndSubdomains() {
        assertThat(HostPatterns.matches("zoom.us", ZOOM)).isTrue();
        assertThat(HostPatterns.matches("us06web.ZOOM.us", ZOOM)).isTrue();
    }

    @Test
    void refusesLookalikes() {
        assertThat(HostPatterns.matches("evilzoom.us", ZOOM)).isFalse();
        assertThat(HostPatterns.matches("zoom.us.evil.com", ZOOM)).isFalse();
        assertThat(HostPatterns.matches("ssrweb.cloudfront.net", ZOOM)).isFalse();
        assertThat(HostPatterns.matches("anything", List.of("*."))).isFalse();
    }

    @Test
    void theTokenGoesOverPlainHttpOnlyToAConfiguredHttpZoomUrl() {
        TrustedHosts production = new TrustedHosts(ZOOM, "https://api.zoom.us/v2", "https://zoom.us");
        assertThat(production.refusal(URI.create("https://zoom.us/rec/download/x"))).isEmpty();
        assertThat(production.refusal(URI.create("http://zoom.us/rec/download/x"))).get().asString().contains("not https");
        assertThat(production.refusal(URI.create("http://api.zoom.us/rec/download/x"))).isPresent();

        TrustedHosts localFake = new TrustedHosts(ZOOM, "http://localhost:8089/v2", "https://zoom.us");
        assertThat(localFake.refusal(URI.create("http://localhost:8089/rec/download/x"))).isEmpty();
        assertThat(localFake.refusal(URI.create("http://zoom.us/rec/download/x"))).isPresent();
        assertThat(localFake.refusal(URI.create("https://evil.example/rec"))).get().asString().contains("trusted-hosts");
    }
}
