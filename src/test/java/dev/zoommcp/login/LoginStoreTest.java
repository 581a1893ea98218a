package dev.zoommcp.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The login file: private, replaced in one step, changed under one lock, and never quoted when damaged. */
class LoginStoreTest {

    static final StoredLogin LOGIN = new StoredLogin("client-id", "client-secret-canary", "https://zoom.us",
            "access-canary", "refresh-canary", 1_775_000_000L, "cloud_recording:read:list_user_recordings");

    @TempDir
    Path home;

    private LoginStore store(Path file) {
        return new LoginStore(file, new ObjectMapper());
    }

    @Test
    void aSignInIsWrittenReadableOnlyByItsOwnerAndReadBack() throws Exception {
        Path file = home.resolve("config/zoom-recordings-mcp/login.json");
        LoginStore store = store(file);
        assertThat(store.read()).isEmpty();
        store.write(LOGIN);

        assertThat(store.read()).contains(LOGIN);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        try (var siblings = Files.list(file.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString()).toList())
                    .as("no temporary file left behind").containsExactly("login.json");
        }
        assertThat(LOGIN.toString()).doesNotContain("canary");
    }

    @Test
    void aFileOthersCanReadIsMadePrivate() throws Exception {
        Path file = home.resolve("login.json");
        LoginStore store = store(file);
        store.write(LOGIN);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(store.read()).contains(LOGIN);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aDamagedFileIsReportedWithItsPathAndWithoutItsContent() throws Exception {
        Path file = home.resolve("login.json");
        LoginStore store = store(file);
        for (String content : new String[] { "{\"access_token\":\"leaked-canary\"", "{\"access_token\":\"leaked-canary\"}",
                "[1,2]", "x".repeat(70_000) }) {
            Files.writeString(file, content, StandardCharsets.UTF_8);
            assertThatThrownBy(store::read).isInstanceOf(LoginStore.LoginFileException.class)
                    .hasMessageContaining(file.toString()).hasMessageContaining("zoom-recordings-mcp login")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("canary", "xxxx"));
        }
    }

    @Test
    void deleteRemovesTheFileAndSaysWhetherThereWasOne() throws Exception {
        Path file = home.resolve("login.json");
        LoginStore store = store(file);
        assertThat(store.delete()).isFalse();
        store.write(LOGIN);
        assertThat(store.delete()).isTrue();
        assertThat(file).doesNotExist();
    }

    @Test
    void workUnderTheLockNeverOverlaps() throws Exception {
        LoginStore store = store(home.resolve("login.json"));
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                done.add(threads.submit(() -> store.exclusively(() -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(3);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return inside.decrementAndGet();
                })));
            }
            for (Future<Integer> each : done) {
                each.get(10, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(1);
        assertThat(home.resolve("login.json.lock")).exists();
    }
}
