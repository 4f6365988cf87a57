package org.intransit.topology;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the DATA (or BDAT) of one message under the listener's size limit. SubEthaSMTP checks
 * only the {@code SIZE=} a client declares on MAIL; a client that declares less, or nothing,
 * and then sends more is caught here.
 *
 * <p>The limit applies to the message as the client sent it: the {@code Received:} header
 * SubEthaSMTP puts in front is not counted. Once over the limit, the rest is read and thrown
 * away so the refusal can come as the reply to the final dot, as RFC 5321 has it; a client that
 * sends more than twice the limit is not waited for ({@link Overflow#drained()} false).
 *
 * <p>Reads byte by byte, as {@link InputStream#read(byte[])} would over SubEthaSMTP's streams
 * anyway, so a stall or a broken connection surfaces at once rather than being swallowed
 * mid-chunk by the default bulk read.
 */
final class MessageData {

    /** Room for the listener's own {@code Received:} header beyond the limit. */
    static final int HEADER_ROOM = 8 * 1024;
    private static final int CHUNK = 16 * 1024;

    private MessageData() {}

    /**
     * The message's bytes.
     *
     * @throws Overflow when the message is over {@code limit} bytes
     * @throws IOException when the client stalls ({@link java.net.SocketTimeoutException}) or
     *     goes away before the final dot
     */
    static byte[] read(InputStream data, int limit) throws Overflow, IOException {
        long keep = (long) limit + HEADER_ROOM;
        long giveUp = 2L * limit + HEADER_ROOM;
        ByteArrayOutputStream kept = new ByteArrayOutputStream(CHUNK);
        byte[] chunk = new byte[CHUNK];
        int filled = 0;
        long total = 0;
        for (int b = data.read(); b >= 0; b = data.read()) {
            total++;
            if (total > giveUp) {
                throw new Overflow(total, false);
            }
            if (total <= keep) {
                chunk[filled++] = (byte) b;
                if (filled == CHUNK) {
                    kept.write(chunk, 0, filled);
                    filled = 0;
                }
            }
        }
        if (total > keep) {
            throw new Overflow(total, true);
        }
        kept.write(chunk, 0, filled);
        byte[] bytes = kept.toByteArray();
        long size = bytes.length - leadingReceivedHeader(bytes);
        if (size > limit) {
            throw new Overflow(size, true);
        }
        return bytes;
    }

    /** The length of the first header field when it is a {@code Received:} (with its folded lines). */
    static int leadingReceivedHeader(byte[] bytes) {
        byte[] name = "Received:".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (bytes.length < name.length) {
            return 0;
        }
        for (int i = 0; i < name.length; i++) {
            if (Character.toLowerCase(bytes[i]) != Character.toLowerCase(name[i])) {
                return 0;
            }
        }
        for (int i = name.length; i < bytes.length; i++) {
            boolean lineEnd = bytes[i] == '\n';
            boolean folded = i + 1 < bytes.length && (bytes[i + 1] == ' ' || bytes[i + 1] == '\t');
            if (lineEnd && !folded) {
                return i + 1;
            }
        }
        return bytes.length;
    }

    /** The message was over the limit. */
    static final class Overflow extends Exception {

        private final long seen;
        private final boolean drained;

        Overflow(long seen, boolean drained) {
            super(null, null, false, false);
            this.seen = seen;
            this.drained = drained;
        }

        /** Bytes read before the refusal (at least the limit plus one). */
        long seen() {
            return seen;
        }

        /** Whether the whole message was read, so the session can go on. */
        boolean drained() {
            return drained;
        }
    }
}
