package dev.zoommcp.login;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a desktop user's sign-in lives by default: {@code zoom-recordings-mcp/login.json} under the platform's per-user
 * configuration directory, as other command-line tools keep theirs.
 */
final class LoginFiles {

    static final String APP_DIRECTORY = "zoom-recordings-mcp";
    static final String FILE_NAME = "login.json";

    private LoginFiles() {
    }

    /** The default file for this process's user. */
    static Path defaultFile() {
        return defaultFile(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    /**
     * @param env the environment ({@code XDG_CONFIG_HOME}, {@code APPDATA})
     * @param osName the {@code os.name} system property
     * @param home the user's home directory
     */
    static Path defaultFile(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path base;
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            base = isSet(appData) ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
        } else if (os.startsWith("mac")) {
            base = Path.of(home, "Library", "Application Support");
        } else {
            String xdg = env.get("XDG_CONFIG_HOME");
            // the XDG Base Directory spec ignores a relative path
            base = isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".config");
        }
        return base.resolve(APP_DIRECTORY).resolve(FILE_NAME);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
