package dev.zoommcp.login;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.Charset;

/** The user's terminal as the {@code login} and {@code logout} commands talk to it. */
public interface Terminal {

    /** Tells the user something. */
    void say(String line);

    /** Tells the user something went wrong. */
    void complain(String line);

    /** The next line the user types or pastes; null at the end of input. Blocks. */
    String readLine();

    /** Asks for a secret without echoing it; null when there is no interactive console. */
    String readSecret(String prompt);

    /** Whether a person can be asked questions (a console is attached). */
    boolean interactive();

    /** The process's own console, standard input and output. */
    static Terminal system() {
        return new SystemTerminal(System.out, System.err, System.console());
    }

    final class SystemTerminal implements Terminal {

        private final PrintStream out;
        private final PrintStream err;
        private final Console console;
        private final BufferedReader in;

        SystemTerminal(PrintStream out, PrintStream err, Console console) {
            this.out = out;
            this.err = err;
            this.console = console;
            this.in = new BufferedReader(new InputStreamReader(System.in, console != null ? console.charset()
                    : Charset.defaultCharset()));
        }

        @Override
        public void say(String line) {
            out.println(line);
            out.flush();
        }

        @Override
        public void complain(String line) {
            err.println(line);
            err.flush();
        }

        @Override
        public String readLine() {
            try {
                return in.readLine();
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public String readSecret(String prompt) {
            if (console == null) {
                return null;
            }
            char[] secret = console.readPassword("%s", prompt);
            return secret == null ? null : new String(secret);
        }

        @Override
        public boolean interactive() {
            return console != null;
        }
    }
}
