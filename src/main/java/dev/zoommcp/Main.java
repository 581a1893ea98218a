package dev.zoommcp;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import dev.zoommcp.login.Browser;
import dev.zoommcp.login.LoginCommand;
import dev.zoommcp.login.Terminal;
import dev.zoommcp.stdio.TrainingSession;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The jar's entry point. Without arguments it serves MCP (stdio under the {@code stdio} profile, else HTTP) until it is
 * stopped. {@code login} and {@code logout} manage a desktop user's stored Zoom sign-in and exit; for them neither the
 * HTTP listener nor the stdio transport starts, and logs go to standard error at WARN and above, so that the terminal
 * shows only what the command says. {@code train} runs the scripted stdio session a start-up cache is recorded from
 * (see {@link TrainingSession}; the launcher's {@code --cache} runs it) and exits.
 */
@QuarkusMain
public class Main {

    static final Set<String> COMMANDS = Set.of("login", "logout");
    static final String TRAIN = "train";

    public static void main(String... args) throws IOException {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            System.setProperty("mcp.stdio.enabled", "false");
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("quarkus.log.console.stderr", "true");
            System.setProperty("quarkus.log.console.level", "WARN");
        }
        if (args.length > 0 && args[0].equals(TRAIN)) {
            try (TrainingSession training = TrainingSession.prepare()) {
                Quarkus.run(Commands.class, args);
            }
            return;
        }
        Quarkus.run(Commands.class, args);
    }

    /** Serves, or runs the command named by the first argument. */
    public static class Commands implements QuarkusApplication {

        @Inject
        LoginCommand login;

        @Override
        public int run(String... args) {
            if (args.length == 0 || args[0].equals(TRAIN)) {
                Quarkus.waitForExit();
                return 0;
            }
            List<String> options = Arrays.asList(args).subList(1, args.length);
            return switch (args[0]) {
                case "login" -> login.login(options, Terminal.system(), Browser.system());
                case "logout" -> login.logout(options, Terminal.system());
                default -> {
                    System.err.println("Unknown command.\n" + LoginCommand.USAGE);
                    yield 2;
                }
            };
        }
    }
}
