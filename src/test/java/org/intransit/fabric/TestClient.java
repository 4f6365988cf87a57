package org.intransit.fabric;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/** A plain {@link Socket} client with a read timeout, as a simulated server would dial a link. */
final class TestClient implements AutoCloseable {

    static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    private final Socket socket;

    private TestClient(Socket socket) {
        this.socket = socket;
    }

    static TestClient connect(InetSocketAddress address) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout((int) READ_TIMEOUT.toMillis());
            socket.connect(address, (int) READ_TIMEOUT.toMillis());
            return new TestClient(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    void timeout(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
    }

    void send(String text) throws IOException {
        send(text.getBytes(US_ASCII));
    }

    void send(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    /** Sends without a checked exception, for a writer running beside the reading test thread. */
    void sendUnchecked(byte[] bytes) {
        try {
            send(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String receive(int length) throws IOException {
        return new String(receiveBytes(length), US_ASCII);
    }

    byte[] receiveBytes(int length) throws IOException {
        byte[] bytes = socket.getInputStream().readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("closed after " + bytes.length + " of " + length + " bytes");
        }
        return bytes;
    }

    String receiveUnchecked(int length) {
        try {
            return receive(length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next byte, or -1 when the proxy has closed the connection. */
    int read() throws IOException {
        return socket.getInputStream().read();
    }

    String roundTrip(String text) throws IOException {
        send(text);
        return receive(text.length());
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
