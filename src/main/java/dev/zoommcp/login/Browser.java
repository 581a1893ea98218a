package dev.zoommcp.login;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Opens the user's web browser on the sign-in page. */
public interface Browser {

    /** Whether a browser was started; the URL is shown to the user anyway. */
    boolean open(URI page);

    /**
     * The platform's own opener ({@code open} on macOS, {@code rundll32} on Windows, {@code xdg-open} elsewhere), the URL
     * passed as one argument, never through a shell.
     */
    static Browser system() {
        return page -> {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            List<String> command = os.startsWith("mac") ? List.of("open", page.toString())
                    : os.startsWith("windows") ? List.of("rundll32", "url.dll,FileProtocolHandler", page.toString())
                    : List.of("xdg-open", page.toString());
            try {
                Process opener = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return opener.waitFor(10, TimeUnit.SECONDS) && opener.exitValue() == 0;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
    }
}
