package dev.zoommcp.zoom.download;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The few {@code host:port} pairs that a download may be redirected to although their address is loopback or private
 * ({@code zoom.download.private-redirect-hosts}): a local fake Zoom's CDN, such as the dev-mode sandbox's. Exact host
 * and port; a port-less entry means the scheme's default port. Empty in production.
 */
final class PrivateRedirectHosts {

    private final List<String> allowed;

    PrivateRedirectHosts(List<String> entries) {
        this.allowed = entries.stream().map(String::strip).filter(e -> !e.isEmpty())
                .map(e -> e.toLowerCase(Locale.ROOT)).toList();
    }

    boolean allows(URI target) {
        if (allowed.isEmpty() || target.getHost() == null) {
            return false;
        }
        String host = target.getHost().toLowerCase(Locale.ROOT);
        int defaultPort = "https".equalsIgnoreCase(target.getScheme()) ? 443 : 80;
        int port = target.getPort() > 0 ? target.getPort() : defaultPort;
        return allowed.contains(host + ":" + port) || (port == defaultPort && allowed.contains(host));
    }
}
