package dev.zoommcp.zoom.api;

import java.util.Locale;

/**
 * Zoom's shareable recording links can carry the recording's passcode in the query ({@code ?pwd=...}), which lets
 * anyone with the link play it; a link handed to the model keeps everything but that parameter, as passcodes never
 * leave this server.
 */
public final class PasscodeParameters {

    private PasscodeParameters() {
    }

    /** The URL without {@code pwd} query parameters (any case); null stays null. */
    public static String removedFrom(String url) {
        if (url == null) {
            return null;
        }
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        int fragment = url.indexOf('#', query);
        String parameters = fragment < 0 ? url.substring(query + 1) : url.substring(query + 1, fragment);
        StringBuilder kept = new StringBuilder();
        for (String parameter : parameters.split("&")) {
            String name = parameter.contains("=") ? parameter.substring(0, parameter.indexOf('=')) : parameter;
            if (!name.toLowerCase(Locale.ROOT).equals("pwd") && !parameter.isEmpty()) {
                kept.append(kept.isEmpty() ? "" : "&").append(parameter);
            }
        }
        return url.substring(0, query) + (kept.isEmpty() ? "" : "?" + kept)
                + (fragment < 0 ? "" : url.substring(fragment));
    }
}
