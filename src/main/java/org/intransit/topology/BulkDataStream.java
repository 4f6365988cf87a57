package org.intransit.topology;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The message text of one DATA command, read from the session's socket a buffer at a time and
 * unstuffed by {@link DotStuffedText}; it ends (-1) after the lone dot line.
 *
 * <p>SubEthaSMTP's own DATA stream hands out one byte per call through four stream layers; this
 * one reads up to {@value #CHUNK} bytes per call. It must not take bytes that follow the end of
 * data (a pipelining client sends its next commands right behind the dot), so it marks the
 * session's input before each read and, once the end is found, rewinds to just past it. The
 * session's input is a {@link java.io.BufferedInputStream}, which supports that; any other
 * stream is read a byte at a time.
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
    private final byte[] in;
    private final byte[] out;
    private int outPos;
    private int outEnd;

    BulkDataStream(InputStream raw) {
        this.raw = raw;
        this.chunk = raw.markSupported() ? CHUNK : 1;
        this.in = new byte[chunk];
        this.out = new byte[chunk + DotStuffedText.MAX_GROWTH];
    }

    @Override
    public int read() throws IOException {
        if (outPos == outEnd && !fill()) {
            return -1;
        }
        return out[outPos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (outPos == outEnd && !fill()) {
            return -1;
        }
        int n = Math.min(len, outEnd - outPos);
        System.arraycopy(out, outPos, b, off, n);
        outPos += n;
        return n;
    }

    /** Reads and throws away whatever is left of the message, up to the end of data. */
    void drain() throws IOException {
        while (fill()) {
            outPos = outEnd;
        }
    }

    /** Decodes the next raw bytes; false at the end of data. Loops past chunks that decode to nothing. */
    private boolean fill() throws IOException {
        outPos = 0;
        outEnd = 0;
        while (outEnd == 0) {
            if (text.ended()) {
                return false;
            }
            if (chunk > 1) {
                raw.mark(chunk);
            }
            int n = raw.read(in, 0, chunk);
            if (n < 0) {
                throw new EOFException("Premature end of <CRLF>.<CRLF> terminated data");
            }
            outEnd = text.unstuff(in, 0, n, out, 0);
            int unused = n - text.consumed();
            if (unused > 0) {
                giveBack(text.consumed());
            }
        }
        return true;
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
