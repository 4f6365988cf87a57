package org.intransit.topology;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads the DATA (or BDAT) of one message under the listener's size limit, behind the listener's
 * own {@code Received:} header. SubEthaSMTP checks only the {@code SIZE=} a client declares on
 * MAIL; a client that declares less, or nothing, and then sends more is caught here.
 *
 * <p>The limit applies to the message as the client sent it, not to the header put in front.
 * Once over the limit, the rest is read and thrown away so the refusal can come as the reply to
 * the final dot, as RFC 5321 has it; a client that sends more than twice the limit is not
 * waited for ({@link Overflow#drained()} false).
 *
 * <p>DATA ({@link BulkDataStream}) is read a buffer at a time. Any other stream (BDAT's) is read
 * a byte at a time: {@link InputStream#read(byte[], int, int)} by default swallows an error after
 * the first byte, and a stall or a broken connection must surface at once.
 */
final class MessageData {

    private static final int FIRST_BUFFER = 8 * 1024;

    private MessageData() {}

    /**
     * {@code header} followed by the message's bytes.
     *
     * @throws Overflow when the message is over {@code limit} bytes
     * @throws IOException when the client stalls ({@link java.net.SocketTimeoutException}) or
     *     goes away before the final dot
     */
    static byte[] read(InputStream data, byte[] header, int limit) throws Overflow, IOException {
        boolean bulk = data instanceof BulkDataStream;
        int capacity = header.length + limit + 1;
        byte[] bytes = Arrays.copyOf(header, Math.min(capacity, header.length + FIRST_BUFFER));
        int filled = header.length;
        for (;;) {
            if (filled == bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(capacity, 2L * bytes.length));
            }
            int n = bulk ? data.read(bytes, filled, bytes.length - filled) : readOne(data, bytes, filled);
            if (n < 0) {
                break;
            }
            filled += n;
            if (filled - header.length > limit) {
                throw overflow(data, filled - header.length, limit, bulk);
            }
        }
        return filled == bytes.length ? bytes : Arrays.copyOf(bytes, filled);
    }

    private static int readOne(InputStream data, byte[] into, int at) throws IOException {
        int b = data.read();
        if (b < 0) {
            return -1;
        }
        into[at] = (byte) b;
        return 1;
    }

    /** Reads on and throws away the rest of an oversized message, up to twice the limit. */
    private static Overflow overflow(InputStream data, long seen, int limit, boolean bulk) throws IOException {
        long giveUp = 2L * limit;
        byte[] scrap = new byte[bulk ? BulkDataStream.CHUNK : 1];
        long total = seen;
        while (total <= giveUp) {
            int n = bulk ? data.read(scrap, 0, scrap.length) : readOne(data, scrap, 0);
            if (n < 0) {
                return new Overflow(total, true);
            }
            total += n;
        }
        return new Overflow(total, false);
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
