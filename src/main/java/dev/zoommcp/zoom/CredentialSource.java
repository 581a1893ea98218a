package dev.zoommcp.zoom;

import io.smallrye.mutiny.Uni;

/**
 * Where a tool call's Zoom token comes from when the call brings none of its own: credentials this server was given
 * (a Server-to-Server app in the environment, a desktop user's stored sign-in). The first source, by {@link #rank()},
 * that is {@link #available()} serves the call.
 */
public interface CredentialSource {

    /** Lower ranks are asked first. */
    int rank();

    /** Whether this source can serve a call now (configured, and for a stored sign-in: present). Cheap, non-blocking. */
    boolean available();

    /**
     * A valid access token. Fails with {@link CredentialsUnusable} (an actionable message without any secret) when no
     * token can be had.
     */
    Uni<String> token();

    /** The secrets this source holds, to scrub from error messages. */
    String[] secrets();

    /** This source's credentials gave no token; the message says what to do and contains no secret. */
    final class CredentialsUnusable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public CredentialsUnusable(String message) {
            super(message, null, false, false);
        }
    }
}
