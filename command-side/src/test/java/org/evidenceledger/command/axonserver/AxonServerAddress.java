package org.evidenceledger.command.axonserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A free loopback port that only listens: no Axon Server answers here. It records every connection
 * made to it and the first bytes each one sends, so a test can tell whether, and with what protocol,
 * the connector dialed the address it was given. It never answers, so nothing can pass for a server.
 */
final class AxonServerAddress implements AutoCloseable {

    /** What every HTTP/2 client, gRPC's included, sends first (RFC 9113, section 3.4). */
    static final String HTTP2_PREFACE = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";

    private final ServerSocket socket;
    private final List<String> openings = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstOpening = new CountDownLatch(1);

    private AxonServerAddress(ServerSocket socket) {
        this.socket = socket;
        Thread acceptor = new Thread(this::accept, "axon-server-address");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static AxonServerAddress listen() {
        try {
            return new AxonServerAddress(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@code axon.axonserver.servers} names it. */
    String servers() {
        return socket.getInetAddress().getHostAddress() + ":" + socket.getLocalPort();
    }

    /** The first bytes of the first connection, or null if none came in time. */
    String firstOpening(Duration timeout) throws InterruptedException {
        return firstOpening.await(timeout.toMillis(), TimeUnit.MILLISECONDS) ? openings.get(0) : null;
    }

    int connections() {
        return openings.size();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread reader = new Thread(() -> read(connection), "axon-server-address-connection");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void read(Socket connection) {
        try (connection; InputStream in = connection.getInputStream()) {
            byte[] first = in.readNBytes(HTTP2_PREFACE.length());
            openings.add(new String(first, StandardCharsets.ISO_8859_1));
            firstOpening.countDown();
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException dropped) {
            // the client gave up on a server that never answers; it was recorded already
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
