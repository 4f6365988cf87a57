package org.intransit.topology;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A client that writes exactly the bytes a test gives it and reads replies line by line, as a
 * broken or hostile client would talk to a listener. Replies are read with a socket timeout, so
 * a listener that never answers fails the test instead of hanging it.
 */
final class RawSmtpClient implements AutoCloseable {

    static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private RawSmtpClient(InetSocketAddress address, Duration wait) throws IOException {
        socket = new Socket(address.getAddress(), address.getPort());
        socket.setSoTimeout(Math.toIntExact(wait.toMillis()));
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** Connects and returns the client with the greeting unread. */
    static RawSmtpClient open(InetSocketAddress address) throws IOException {
        return new RawSmtpClient(address, DEFAULT_WAIT);
    }

    static RawSmtpClient open(InetSocketAddress address, Duration wait) throws IOException {
        return new RawSmtpClient(address, wait);
    }

    /** Connects, reads the greeting, sends EHLO and reads its reply. */
    static RawSmtpClient greeted(InetSocketAddress address, String ehloName) throws IOException {
        RawSmtpClient client = open(address);
        client.reply();
        client.command("EHLO " + ehloName);
        return client;
    }

    /** Sends one line with CRLF and returns the reply. */
    String command(String line) throws IOException {
        write(line + "\r\n");
        return reply();
    }

    void write(String text) throws IOException {
        write(text.getBytes(StandardCharsets.UTF_8));
    }

    void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The last line of the next (possibly multi-line) reply, or {@code null} once the listener closed. */
    String reply() throws IOException {
        List<String> lines = replyLines();
        return lines.isEmpty() ? null : lines.get(lines.size() - 1);
    }

    /** Every line of the next reply; empty once the listener closed the connection. */
    List<String> replyLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line = line(); line != null; line = line()) {
            lines.add(line);
            if (line.length() < 4 || line.charAt(3) != '-') {
                break;
            }
        }
        return lines;
    }

    /** Whether the listener closed the connection: the next read sees the end of the stream. */
    boolean closedByListener() throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                byte[] bytes = buffer.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.UTF_8);
            }
            buffer.write(b);
        }
        return buffer.size() == 0 ? null : buffer.toString(StandardCharsets.UTF_8);
    }

    /** Closes at once, as a client that crashed or lost its network would. */
    void abort() throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
