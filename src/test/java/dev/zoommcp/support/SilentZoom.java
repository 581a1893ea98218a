package dev.zoommcp.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A Zoom API that accepts connections, reads the requests and never answers: each connection is recorded with the time
 * it was opened and the time the server under test closed it, to prove that abandoned Zoom calls do not hold
 * connections open. As a test resource it takes the place of the Zoom API for the annotated test class only.
 */
public final class SilentZoom implements QuarkusTestResourceLifecycleManager {

    /** One accepted connection; {@code closedAtNanos} is 0 while the peer keeps it open. */
    public static final class Connection {
        public final long openedAtNanos = System.nanoTime();
        public volatile long closedAtNanos;

        public boolean isOpen() {
            return closedAtNanos == 0;
        }
    }

    private static ServerSocket server;
    private static final List<Connection> CONNECTIONS = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(SilentZoom::accept, "silent-zoom");
        acceptor.setDaemon(true);
        acceptor.start();
        return Map.of("quarkus.rest-client.zoom-api.url", "http://localhost:" + server.getLocalPort() + "/v2");
    }

    /** The connections accepted since the last {@link #forget()}. */
    public static List<Connection> connections() {
        return List.copyOf(CONNECTIONS);
    }

    public static void forget() {
        CONNECTIONS.clear();
    }

    private static void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Connection connection = new Connection();
                CONNECTIONS.add(connection);
                Thread reader = new Thread(() -> drainUntilClosed(socket, connection), "silent-zoom-connection");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void drainUntilClosed(Socket socket, Connection connection) {
        try (socket; InputStream in = socket.getInputStream()) {
            byte[] buffer = new byte[4096];
            while (in.read(buffer) >= 0) {
                // requests are read and never answered
            }
        } catch (IOException reset) {
            // a reset is a close too
        }
        connection.closedAtNanos = System.nanoTime();
    }

    @Override
    public void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
