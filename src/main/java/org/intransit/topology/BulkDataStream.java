package org.intransit.topology;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * The message text of one DATA command, read from the session's socket a buffer at a time and
 * unstuffed by {@link DotStuffedText}; it ends (-1) after the lone dot line.
 *
 * <p>SubEthaSMTP's own DATA stream hands out one byte per call through four stream layers; this
 * one reads up to {@value #CHUNK} bytes per call, straight into the caller's array, and unstuffs
 * them there (the text only shrinks, but for one CR held back from the call before, so the raw
 * bytes go one place to the right). It must not take bytes that follow the end of data (a
 * pipelining client sends its next commands right behind the dot), so it marks the session's
 * input before each read and, once the end is found, rewinds to just past it. The session's
 * input is a {@link java.io.BufferedInputStream}, which supports that; any other stream is read
 * a byte at a time.
 *
 * <p>Errors are never swallowed: a stall surfaces as the socket's
 * {@link java.net.SocketTimeoutException}, and a connection that ends before the dot as an
 * {@link EOFException}, so a message cut short is never taken for a whole one.
 */
final class BulkDataStream extends InputStream {

    static final int CHUNK = 8 * 1024;

    private final InputStream raw;
    private final int chunk;
    private final DotStuffedText text = new DotStuffedText();
    /** For reads of a single byte: decoded bytes not handed out yet. */
    private final byte[] small = new byte[1 + DotStuffedText.MAX_GROWTH];
    private int smallPos;
    private int smallEnd;

    BulkDataStream(InputStream raw) {
        this.raw = raw;
        this.chunk = raw.markSupported() ? CHUNK : 1;
    }

    @Override
    public int read() throws IOException {
        if (smallPos == smallEnd) {
            int n = decodeInto(small, 0, small.length);
            if (n < 0) {
                return -1;
            }
            smallPos = 0;
            smallEnd = n;
        }
        return small[smallPos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (smallPos < smallEnd || len <= DotStuffedText.MAX_GROWTH) {
            int first = read();
            if (first < 0) {
                return -1;
            }
            b[off] = (byte) first;
            return 1;
        }
        return decodeInto(b, off, len);
    }

    /** Reads and throws away whatever is left of the message, up to the end of data. */
    void drain() throws IOException {
        smallPos = smallEnd;
        if (text.ended()) {
            return;
        }
        byte[] scrap = new byte[chunk + DotStuffedText.MAX_GROWTH];
        while (decodeInto(scrap, 0, scrap.length) >= 0) {
            // thrown away
        }
    }

    /**
     * Reads raw bytes into {@code b} from {@code off + MAX_GROWTH} and unstuffs them in place
     * from {@code off}; -1 at the end of data. Loops past reads that decode to nothing (a held
     * back dot).
     */
    private int decodeInto(byte[] b, int off, int len) throws IOException {
        int rawAt = off + DotStuffedText.MAX_GROWTH;
        int want = Math.min(chunk, len - DotStuffedText.MAX_GROWTH);
        while (!text.ended()) {
            if (chunk > 1) {
                raw.mark(want);
            }
            int n = raw.read(b, rawAt, want);
            if (n < 0) {
                throw new EOFException("Premature end of <CRLF>.<CRLF> terminated data");
            }
            int produced = text.unstuff(b, rawAt, rawAt + n, b, off);
            if (text.consumed() < n) {
                giveBack(text.consumed());
            }
            if (produced > 0) {
                return produced;
            }
        }
        return -1;
    }

    /** Rewinds the session's input to just past the end of data: {@code used} bytes after the mark. */
    private void giveBack(int used) throws IOException {
        raw.reset();
        long left = used;
        while (left > 0) {
            long skipped = raw.skip(left);
            if (skipped <= 0) {
                throw new IOException("cannot skip back to the end of DATA");
            }
            left -= skipped;
        }
    }
}
