package dev.zoommcp.login;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.zoommcp.zoom.ZoomConfig;

/**
 * The login file: read, written atomically (a new file beside it, then renamed over it, so a reader never sees half a
 * file), readable only by its owner (0600 in a 0700 directory where the file system has POSIX permissions; elsewhere
 * the per-user profile directory's own protection), and changed only under {@link #exclusively}, a lock that holds
 * across processes: two servers spawned by one desktop client must never refresh with the same refresh token, since
 * Zoom accepts each only once.
 */
@Singleton
public class LoginStore {

    private static final Logger LOG = Logger.getLogger(LoginStore.class);
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    /** A login file is a few hundred bytes; anything far larger is not one. */
    private static final long MAX_BYTES = 64 * 1024;

    private final Path file;
    private final ObjectMapper json;
    private final boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    /** File locks belong to the whole JVM: threads of this process take this one first. */
    private final ReentrantLock inProcess = new ReentrantLock();

    @Inject
    LoginStore(ZoomConfig config, ObjectMapper json) {
        this(config.login().file().orElseGet(LoginFiles::defaultFile), json);
    }

    LoginStore(Path file, ObjectMapper json) {
        this.file = file.toAbsolutePath();
        this.json = json;
    }

    /** The file's path, to tell the user where the sign-in is. */
    public Path file() {
        return file;
    }

    boolean exists() {
        return Files.isRegularFile(file);
    }

    /** When the file last changed, or null when there is none: another process may have renewed the sign-in. */
    FileTime modified() {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** The stored sign-in, if any. */
    Optional<StoredLogin> read() {
        byte[] content;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new LoginFileException("is not a login file (too large)");
            }
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new LoginFileException("cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        tighten();
        StoredLogin login;
        try {
            login = json.readValue(content, StoredLogin.class);
        } catch (IOException e) {
            throw new LoginFileException("is not a login file this version understands");
        }
        if (login == null || !login.isComplete()) {
            throw new LoginFileException("is incomplete");
        }
        return Optional.of(login);
    }

    /** Replaces the stored sign-in in one step. */
    void write(StoredLogin login) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile(ensureDirectory(), "." + LoginFiles.FILE_NAME, ".new", ownerOnly());
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(json.writeValueAsBytes(login)));
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a sign-in could not be written as JSON", e);
        } catch (IOException e) {
            throw new LoginFileException("could not be written (" + e.getClass().getSimpleName() + ")");
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // nothing more to do: the half-written file holds no more than the one it was to replace
                }
            }
        }
    }

    /** Removes the stored sign-in; false when there was none. */
    boolean delete() {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new LoginFileException("could not be removed (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Runs {@code work} holding the lock of the login file, against this and every other process. */
    <T> T exclusively(Supplier<T> work) {
        inProcess.lock();
        try {
            Path directory = ensureDirectory();
            Path lockFile = directory.resolve(file.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE), ownerOnly()); FileLock lock = channel.lock()) {
                return work.get();
            }
        } catch (IOException e) {
            throw new LoginFileException("could not be locked (" + e.getClass().getSimpleName() + ")");
        } finally {
            inProcess.unlock();
        }
    }

    /** The file's directory, created private to the user when missing. */
    private Path ensureDirectory() throws IOException {
        Path directory = file.getParent();
        return posix ? Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY))
                : Files.createDirectories(directory);
    }

    /** A login file others can read is made private again, and the user told. */
    private void tighten() {
        if (!posix) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_FILE.containsAll(permissions)) {
                Files.setPosixFilePermissions(file, OWNER_FILE);
                LOG.warnf("%s was readable by other users; it is now readable only by its owner", file);
            }
        } catch (IOException e) {
            LOG.warnf("The permissions of %s could not be checked (%s)", file, e.getClass().getSimpleName());
        }
    }

    private FileAttribute<?>[] ownerOnly() {
        return posix ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(OWNER_FILE) }
                : new FileAttribute<?>[0];
    }

    /** The login file is unusable; the message says why and names the file, never its content. */
    final class LoginFileException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        LoginFileException(String problem) {
            super("The Zoom sign-in file " + file + " " + problem + ": run `zoom-recordings-mcp login` again.", null,
                    false, false);
        }
    }
}
