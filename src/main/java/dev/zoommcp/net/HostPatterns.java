package dev.zoommcp.net;

import java.util.List;
import java.util.Locale;

/** Host allow-lists: {@code zoom.us} matches exactly, {@code *.zoom.us} matches any sub-domain of zoom.us. */
public final class HostPatterns {

    private HostPatterns() {
    }

    /** Whether {@code host} (any case) matches one of {@code patterns}. */
    public static boolean matches(String host, List<String> patterns) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String pattern : patterns) {
            String p = pattern.trim().toLowerCase(Locale.ROOT);
            if (p.startsWith("*.") ? h.endsWith(p.substring(1)) && h.length() > p.length() - 1 : h.equals(p)) {
                return true;
            }
        }
        return false;
    }
}
