package dev.zoommcp.zoom.download;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.zoommcp.net.HostPatterns;

/**
 * Where the caller's token may go with a recording download: a host in {@code zoom.download.trusted-hosts} or the host
 * of {@code zoom.api-url} / {@code zoom.oauth-url}, over https; over plain http only to a configured Zoom URL that is
 * itself http (a local fake, the dev sandbox), never to the production hosts. Patterns as in {@link HostPatterns}.
 */
final class TrustedHosts {

    private final List<String> patterns;
    private final List<String> plainHttpHosts = new ArrayList<>();

    TrustedHosts(List<String> trustedHosts, String apiUrl, String oauthUrl) {
        this.patterns = new ArrayList<>(trustedHosts);
        for (String url : new String[] { apiUrl, oauthUrl }) {
            URI uri = URI.create(url);
            if (uri.getHost() != null) {
                patterns.add(uri.getHost());
                if ("http".equalsIgnoreCase(uri.getScheme())) {
                    plainHttpHosts.add(uri.getHost().toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    /** Why the token must not be sent to {@code url}, or empty when it may. */
    Optional<String> refusal(URI url) {
        String host = url.getHost();
        if (!"https".equalsIgnoreCase(url.getScheme()) && !plainHttpHosts.contains(host.toLowerCase(Locale.ROOT))) {
            return Optional.of("its download_url is not https, so the access token is not sent there");
        }
        if (!HostPatterns.matches(host, patterns)) {
            return Optional.of("its download_url is on host " + host + ", which is not in zoom.download.trusted-hosts,"
                    + " so the access token is not sent there; the server operator can add the host if it is Zoom's");
        }
        return Optional.empty();
    }
}
