package dev.zoommcp.zoom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrustedHostsTest {

    private static final List<String> ZOOM = List.of("zoom.us", "*.zoom.us");

    @Test
    void matchesExactHostsAndSubdomains() {
        assertThat(TrustedHosts.matches("zoom.us", ZOOM)).isTrue();
        assertThat(TrustedHosts.matches("us06web.ZOOM.us", ZOOM)).isTrue();
    }

    @Test
    void refusesLookalikes() {
        assertThat(TrustedHosts.matches("evilzoom.us", ZOOM)).isFalse();
        assertThat(TrustedHosts.matches("zoom.us.evil.com", ZOOM)).isFalse();
        assertThat(TrustedHosts.matches("ssrweb.cloudfront.net", ZOOM)).isFalse();
        assertThat(TrustedHosts.matches("anything", List.of("*."))).isFalse();
    }
}
