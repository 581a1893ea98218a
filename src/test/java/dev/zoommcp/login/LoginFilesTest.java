package dev.zoommcp.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The login file's default place follows each platform's convention for per-user configuration. */
class LoginFilesTest {

    @Test
    void linuxUsesXdgConfigHomeOrDotConfig() {
        assertThat(LoginFiles.defaultFile(Map.of(), "Linux", "/home/dana"))
                .isEqualTo(Path.of("/home/dana/.config/zoom-recordings-mcp/login.json"));
        assertThat(LoginFiles.defaultFile(Map.of("XDG_CONFIG_HOME", "/srv/conf"), "Linux", "/home/dana"))
                .isEqualTo(Path.of("/srv/conf/zoom-recordings-mcp/login.json"));
        assertThat(LoginFiles.defaultFile(Map.of("XDG_CONFIG_HOME", "relative/conf"), "Linux", "/home/dana"))
                .as("a relative XDG_CONFIG_HOME is ignored, as the spec says")
                .isEqualTo(Path.of("/home/dana/.config/zoom-recordings-mcp/login.json"));
        assertThat(LoginFiles.defaultFile(Map.of(), "FreeBSD", "/home/dana"))
                .isEqualTo(Path.of("/home/dana/.config/zoom-recordings-mcp/login.json"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(LoginFiles.defaultFile(Map.of("XDG_CONFIG_HOME", "/ignored"), "Mac OS X", "/Users/dana"))
                .isEqualTo(Path.of("/Users/dana/Library/Application Support/zoom-recordings-mcp/login.json"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(LoginFiles.defaultFile(Map.of("APPDATA", "/c/Users/dana/AppData/Roaming"), "Windows 11", "/c/Users/dana"))
                .isEqualTo(Path.of("/c/Users/dana/AppData/Roaming/zoom-recordings-mcp/login.json"));
        assertThat(LoginFiles.defaultFile(Map.of(), "Windows 11", "/c/Users/dana"))
                .isEqualTo(Path.of("/c/Users/dana/AppData/Roaming/zoom-recordings-mcp/login.json"));
    }
}
