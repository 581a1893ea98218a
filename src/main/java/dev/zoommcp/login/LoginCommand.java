package dev.zoommcp.login;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.inject.Singleton;

import dev.zoommcp.oauth.Pkce;
import dev.zoommcp.zoom.ClientCredentials;
import dev.zoommcp.zoom.OAuthGateway;
import dev.zoommcp.zoom.ZoomConfig;
import dev.zoommcp.zoom.ZoomException;
import dev.zoommcp.zoom.api.model.OAuthToken;
import io.vertx.core.Vertx;

/**
 * {@code zoom-recordings-mcp login}: signs a desktop user in to Zoom once, with a user-level Zoom app of their own
 * ({@code ZOOM_CLIENT_ID} / {@code ZOOM_CLIENT_SECRET}, or typed in when asked), by the authorization-code flow with
 * PKCE (S256) in their browser. Zoom's answer comes back to a loopback listener when the redirect URL is one, and can
 * always be pasted into the terminal instead (Zoom may refuse loopback redirect URLs, or the browser may run
 * elsewhere). The token pair goes to the login file ({@link LoginStore}); servers spawned later use and renew it.
 * {@code logout} removes it and asks Zoom to revoke the token.
 */
@Singleton
public class LoginCommand {

    public static final String USAGE = """
            Usage: zoom-recordings-mcp [login [--no-browser] [--redirect-uri=URL] | logout]
              (no command)  serve MCP (stdio with the stdio profile, else HTTP)
              login         sign in to Zoom in the browser and store the sign-in for this user
              logout        remove the stored sign-in and revoke its token at Zoom""";

    private static final Duration ZOOM_WAIT = Duration.ofSeconds(30);

    private final ZoomConfig config;
    private final LoginStore store;
    private final OAuthGateway oauth;
    private final Vertx vertx;
    private final Clock clock;

    LoginCommand(ZoomConfig config, LoginStore store, OAuthGateway oauth, Vertx vertx, Clock clock) {
        this.config = config;
        this.store = store;
        this.oauth = oauth;
        this.vertx = vertx;
        this.clock = clock;
    }

    /** @return the process exit status: 0 signed in, 1 not signed in, 2 a usage or configuration error */
    public int login(List<String> options, Terminal terminal, Browser browser) {
        boolean openBrowser = true;
        String redirectText = config.login().redirectUri();
        for (String option : options) {
            if ("--no-browser".equals(option)) {
                openBrowser = false;
            } else if (option.startsWith("--redirect-uri=")) {
                redirectText = option.substring("--redirect-uri=".length());
            } else {
                terminal.complain("Unknown option " + printable(option) + ".\n" + USAGE);
                return 2;
            }
        }
        Optional<URI> redirect = redirectUri(redirectText);
        if (redirect.isEmpty()) {
            terminal.complain("The redirect URL must be an absolute http or https URL without a fragment, exactly as"
                    + " listed in the Zoom app (ZOOM_LOGIN_REDIRECT_URI or --redirect-uri=).");
            return 2;
        }
        if (config.accountId().isPresent()) {
            terminal.complain("ZOOM_ACCOUNT_ID is set: a Server-to-Server app needs no sign-in, the server gets its"
                    + " tokens itself. To sign in as a user instead, unset ZOOM_ACCOUNT_ID and use a user-level app.");
            return 2;
        }
        Optional<ClientCredentials> app = app(terminal, redirect.get());
        if (app.isEmpty()) {
            return 2;
        }
        return signIn(app.get(), redirect.get(), openBrowser, terminal, browser);
    }

    private int signIn(ClientCredentials app, URI redirect, boolean openBrowser, Terminal terminal, Browser browser) {
        String verifier = Pkce.newVerifier();
        String state = Pkce.newVerifier();
        URI authorize = URI.create(StoredLogin.baseUrl(config.oauthUrl()) + "/oauth/authorize?response_type=code"
                + "&client_id=" + encode(app.clientId()) + "&redirect_uri=" + encode(redirect.toString())
                + "&state=" + state + "&code_challenge=" + Pkce.challengeOf(verifier) + "&code_challenge_method=S256");
        CompletableFuture<AuthorizationResponse> answer = new CompletableFuture<>();
        LoopbackReceiver receiver = null;
        if (LoopbackReceiver.isLoopback(redirect)) {
            try {
                receiver = LoopbackReceiver.listen(vertx, redirect, state, answer::complete);
            } catch (IllegalStateException busy) {
                terminal.complain("The redirect URL " + redirect + " cannot be answered here: " + busy.getMessage()
                        + ". Paste the address instead (below), or close the other program.");
            }
        }
        try {
            terminal.say("Sign in to Zoom in your browser:\n  " + authorize);
            if (openBrowser && !browser.open(authorize)) {
                terminal.say("(No browser could be opened: open the address above yourself.)");
            }
            terminal.say(receiver != null
                    ? "Waiting for Zoom to send the browser back to " + redirect + ". If the browser shows an error"
                            + " page instead, copy the whole address it shows and paste it here."
                    : "After signing in, the browser goes to " + redirect + ". Copy the whole address it then shows"
                            + " (even on an error page) and paste it here:");
            readPastes(terminal, state, answer);
            AuthorizationResponse response = answer.get(config.login().timeout().toMillis(), TimeUnit.MILLISECONDS);
            if (!response.accepted()) {
                terminal.complain("Not signed in: " + response.refusal() + ".");
                return 1;
            }
            return redeem(app, redirect, verifier, response.code(), terminal);
        } catch (TimeoutException e) {
            terminal.complain("Not signed in: nothing came back within " + config.login().timeout().toMinutes()
                    + " minutes. Run `zoom-recordings-mcp login` again.");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (ExecutionException e) {
            terminal.complain("Not signed in: " + e.getCause().getClass().getSimpleName());
            return 1;
        } finally {
            if (receiver != null) {
                receiver.close();
            }
        }
    }

    /** Pasted addresses, read on a thread of their own until one concludes the sign-in or the input ends. */
    private static void readPastes(Terminal terminal, String state, CompletableFuture<AuthorizationResponse> answer) {
        Thread reader = new Thread(() -> {
            String line;
            while (!answer.isDone() && (line = terminal.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                AuthorizationResponse pasted = AuthorizationResponse.parse(line, state);
                if (pasted.conclusive()) {
                    answer.complete(pasted);
                } else {
                    terminal.complain("Not used: " + pasted.refusal() + ".");
                }
            }
        }, "zoom-login-paste");
        reader.setDaemon(true);
        reader.start();
    }

    private int redeem(ClientCredentials app, URI redirect, String verifier, String code, Terminal terminal) {
        OAuthToken token;
        try {
            token = oauth.redeemCode(app, code, redirect.toString(), verifier).await().atMost(ZOOM_WAIT);
        } catch (ZoomException.ClientError refused) {
            terminal.complain("Not signed in: Zoom refused the sign-in (" + refused.describe() + "). "
                    + (refused.isInvalidClient() ? "Check ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET against the app."
                            : "Check that " + redirect + " is the app's redirect URL, then run login again."));
            return 1;
        } catch (ZoomException failed) {
            terminal.complain("Not signed in: Zoom could not complete the sign-in (" + failed.describe()
                    + "). Run login again in a minute.");
            return 1;
        } catch (RuntimeException timeout) {
            terminal.complain("Not signed in: Zoom did not answer in time. Run login again in a minute.");
            return 1;
        }
        if (token == null || token.accessToken() == null || token.refreshToken() == null) {
            terminal.complain("Not signed in: Zoom's answer had no token pair.");
            return 1;
        }
        StoredLogin login = StoredLogin.issued(app, StoredLogin.baseUrl(config.oauthUrl()), token, clock.instant());
        try {
            store.exclusively(() -> {
                store.write(login);
                return null;
            });
        } catch (LoginStore.LoginFileException e) {
            terminal.complain("Signed in, but " + e.getMessage());
            return 1;
        }
        terminal.say("Signed in to Zoom. The sign-in is stored in " + store.file() + ", readable only by you; servers"
                + " started from now on use it and renew it by themselves. `zoom-recordings-mcp logout` removes it.");
        return 0;
    }

    /** @return the process exit status: 0 removed or nothing to remove, 1 the file could not be removed */
    public int logout(List<String> options, Terminal terminal) {
        if (!options.isEmpty()) {
            terminal.complain("logout takes no options.\n" + USAGE);
            return 2;
        }
        Removal removal;
        try {
            removal = store.exclusively(() -> {
                Optional<StoredLogin> login;
                try {
                    login = store.read();
                } catch (LoginStore.LoginFileException damaged) {
                    login = Optional.empty();
                }
                return new Removal(store.delete(), login);
            });
        } catch (LoginStore.LoginFileException e) {
            terminal.complain(e.getMessage());
            return 1;
        }
        if (!removal.existed()) {
            terminal.say("No Zoom sign-in is stored (" + store.file() + ").");
            return 0;
        }
        terminal.say("Removed the Zoom sign-in stored in " + store.file() + ".");
        Optional<StoredLogin> removed = removal.login().filter(login -> login.issuedBy(config.oauthUrl()));
        if (removed.isPresent()) {
            try {
                oauth.revoke(removed.get().app(), removed.get().accessToken()).await().atMost(ZOOM_WAIT);
                terminal.say("Zoom revoked its access token and the app's access.");
            } catch (RuntimeException failed) {
                terminal.complain("Zoom could not be asked to revoke the token ("
                        + (failed instanceof ZoomException zoom ? zoom.describe() : "no answer") + "). To withdraw the"
                        + " app's access, remove it in the Zoom App Marketplace under Manage > Added Apps.");
            }
        }
        return 0;
    }

    /** What logout found: whether there was a file, and the sign-in it held if it could be read. */
    private record Removal(boolean existed, Optional<StoredLogin> login) {
    }

    /** The Zoom app to sign in with: from the environment, else asked for when a person is at the terminal. */
    private Optional<ClientCredentials> app(Terminal terminal, URI redirect) {
        String id = config.clientId().map(String::strip).orElse(null);
        String secret = config.clientSecret().map(String::strip).orElse(null);
        if ((id == null || secret == null) && terminal.interactive()) {
            terminal.say("Sign-in needs a user-level Zoom app of your own (Zoom App Marketplace > Develop > Build App >"
                    + " General App, user-managed) whose redirect URL is " + redirect + ".");
            if (id == null) {
                terminal.say("Client ID of the app:");
                id = Optional.ofNullable(terminal.readLine()).map(String::strip).orElse(null);
            }
            if (secret == null) {
                secret = Optional.ofNullable(terminal.readSecret("Client secret of the app (not shown): "))
                        .map(String::strip).orElse(null);
            }
        }
        if (id == null || id.isEmpty() || secret == null || secret.isEmpty()) {
            terminal.complain("Set ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET to the Client ID and Client Secret of a"
                    + " user-level Zoom app (App Marketplace > Develop > Build App > General App, user-managed) whose"
                    + " redirect URL is " + redirect + ", then run login again.");
            return Optional.empty();
        }
        return Optional.of(new ClientCredentials(id, secret));
    }

    private static Optional<URI> redirectUri(String text) {
        try {
            URI uri = new URI(text.strip());
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return web && uri.isAbsolute() && uri.getHost() != null && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** An option as typed, shortened and stripped of control characters before it is echoed. */
    private static String printable(String option) {
        String shown = option.length() > 40 ? option.substring(0, 40) + "…" : option;
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
