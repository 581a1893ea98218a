package dev.zoommcp.zoom.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

class PrivateRedirectHostsTest {

    @Test
    void onlyTheListedHostAndPortPass() {
        PrivateRedirectHosts hosts = new PrivateRedirectHosts(List.of(" 127.0.0.1:8089 "));

        assertThat(hosts.allows(URI.create("http://127.0.0.1:8089/cdn/signed/t.vtt?Policy=x"))).isTrue();
        assertThat(hosts.allows(URI.create("http://127.0.0.1:8090/cdn/t.vtt"))).isFalse();
        assertThat(hosts.allows(URI.create("http://127.0.0.1/cdn/t.vtt"))).isFalse();
        assertThat(hosts.allows(URI.create("http://localhost:8089/cdn/t.vtt"))).isFalse();
        assertThat(hosts.allows(URI.create("http://169.254.169.254/latest/meta-data/"))).isFalse();
        assertThat(hosts.allows(URI.create("http://127.0.0.1.evil.example:8089/x"))).isFalse();
    }

    @Test
    void aPortlessEntryMeansTheDefaultPort() {
        PrivateRedirectHosts hosts = new PrivateRedirectHosts(List.of("cdn.internal"));

        assertThat(hosts.allows(URI.create("https://CDN.internal/x"))).isTrue();
        assertThat(hosts.allows(URI.create("http://cdn.internal/x"))).isTrue();
        assertThat(hosts.allows(URI.create("http://cdn.internal:8080/x"))).isFalse();
    }

    @Test
    void emptyAllowsNothing() {
        assertThat(new PrivateRedirectHosts(List.of()).allows(URI.create("http://127.0.0.1:1/x"))).isFalse();
        assertThat(new PrivateRedirectHosts(List.of("", " ")).allows(URI.create("http://127.0.0.1:80/x"))).isFalse();
    }
}
