package org.intransit.fault;

import io.netty.buffer.ByteBufUtil;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;

/**
 * A plain blocking socket to a listener, for sending what no well-behaved client would. Every
 * read gives up after 5 s, so a listener that fails to close shows as a failed test, not a hang.
 */
public final class HostilePeer implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 5000;

    private final Socket socket = new Socket();

    private HostilePeer(InetSocketAddress address) throws IOException {
        socket.connect(address, TIMEOUT_MILLIS);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        socket.setTcpNoDelay(true);
    }

    public static HostilePeer connect(InetSocketAddress address) throws IOException {
        return new HostilePeer(address);
    }

    /** The peer's own port: how the listener's MTA event log names this connection. */
    public int localPort() {
        return socket.getLocalPort();
    }

    public HostilePeer send(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
        return this;
    }

    /** Bytes from hex, spaces allowed between fields. */
    public HostilePeer sendHex(String hex) throws IOException {
        return send(ByteBufUtil.decodeHexDump(hex.replace(" ", "")));
    }

    /** Half-closes: the listener sees the end of the stream, as when a peer quits mid-frame. */
    public HostilePeer finishSending() throws IOException {
        socket.shutdownOutput();
        return this;
    }

    /** Exactly {@code n} bytes of answer; fails if they do not come within 5 s. */
    public byte[] read(int n) throws IOException {
        try {
            byte[] bytes = socket.getInputStream().readNBytes(n);
            if (bytes.length < n) {
                throw new AssertionError("the listener closed after " + bytes.length + " of " + n + " bytes");
            }
            return bytes;
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no answer of " + n + " bytes within " + TIMEOUT_MILLIS + " ms", e);
        }
    }

    /**
     * Everything the listener sends until it closes the connection (an orderly FIN, or a reset
     * because our bytes were left unread); fails if it has not closed within 5 s.
     */
    public byte[] readUntilClosed() throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] chunk = new byte[8192];
        try {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                received.write(chunk, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the listener kept the connection open for " + TIMEOUT_MILLIS + " ms after "
                    + received.size() + " bytes: " + ByteBufUtil.hexDump(received.toByteArray()), e);
        } catch (SocketException reset) {
            // closed with our bytes unread: the kernel answers with a reset instead of a FIN
        }
        return received.toByteArray();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
