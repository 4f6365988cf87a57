package org.intransit.topology;

/**
 * Undoes the dot-stuffing of SMTP DATA and finds its end (RFC 5321 4.5.2), a chunk of raw bytes
 * at a time, whatever the chunk boundaries: the state carries over between calls.
 *
 * <pre>
 *   raw:      S u b j : x CR LF . . h i CR LF . CR LF | next command...
 *                                 ^                ^^^^^^^^^
 *                                 stuffed dot      end of data (consumed, not passed on)
 *   decoded:  S u b j : x CR LF . h i CR LF
 * </pre>
 *
 * <p>A line starts after CR LF, and at the start of the data. A dot that starts a line is
 * removed; a line that is a lone dot ends the data, and the CR LF before it belongs to the
 * message. Only CR LF ends a line here: after a bare LF a dot is text and {@code LF . CR LF} is
 * not the end, so a client cannot end a message early and smuggle commands behind it. Bare LF
 * and bare CR are passed on as they are.
 *
 * <p>Call {@link #unstuff} with successive chunks until {@link #ended()}; one instance serves
 * one message.
 */
final class DotStuffedText {

    private static final byte CR = '\r';
    private static final byte LF = '\n';
    private static final byte DOT = '.';

    /** Where the last raw byte left the scan. */
    private enum State {
        /** Inside a line; the last byte was not CR. */
        TEXT,
        /** Inside a line, right after a CR (passed on). */
        AFTER_CR,
        /** At the start of a line. */
        LINE_START,
        /** A dot started the line (held back: it is stuffing or the end). */
        DOT,
        /** A dot and a CR started the line (both held back). */
        DOT_CR,
        /** The end-of-data line was read. */
        ENDED
    }

    /** The most bytes one call writes beyond the raw bytes it consumes (a CR held back). */
    static final int MAX_GROWTH = 1;

    private State state = State.LINE_START;
    private int consumed;

    /**
     * Decodes {@code in[from, to)} into {@code out} from {@code at}, stopping after the
     * end-of-data line. {@code out} must have room for {@code to - from + }{@value #MAX_GROWTH}
     * bytes. {@code in} and {@code out} may be the same array with {@code at + MAX_GROWTH <= from}:
     * a byte is never written before it has been read.
     *
     * @return the number of bytes written to {@code out}; {@link #consumed()} tells how many raw
     *     bytes were used (fewer than given only when the end was found)
     */
    int unstuff(byte[] in, int from, int to, byte[] out, int at) {
        int o = at;
        int i = from;
        State s = state;
        while (i < to && s != State.ENDED) {
            byte b = in[i++];
            switch (s) {
                case LINE_START -> {
                    if (b == DOT) {
                        s = State.DOT;
                    } else {
                        out[o++] = b;
                        s = b == CR ? State.AFTER_CR : State.TEXT;
                    }
                }
                case DOT -> {
                    if (b == CR) {
                        s = State.DOT_CR;
                    } else {
                        out[o++] = b;
                        s = State.TEXT;
                    }
                }
                case DOT_CR -> {
                    if (b == LF) {
                        s = State.ENDED;
                    } else {
                        out[o++] = CR;
                        out[o++] = b;
                        s = b == CR ? State.AFTER_CR : State.TEXT;
                    }
                }
                case AFTER_CR -> {
                    out[o++] = b;
                    s = b == LF ? State.LINE_START : b == CR ? State.AFTER_CR : State.TEXT;
                }
                default -> {
                    out[o++] = b;
                    if (b == CR) {
                        s = State.AFTER_CR;
                    }
                    // The common case: copy the rest of the line without a state change.
                    while (s == State.TEXT && i < to) {
                        byte c = in[i];
                        if (c == CR) {
                            break;
                        }
                        out[o++] = c;
                        i++;
                    }
                }
            }
        }
        state = s;
        consumed = i - from;
        return o - at;
    }

    /** Raw bytes the last {@link #unstuff} call used. */
    int consumed() {
        return consumed;
    }

    /** Whether the end-of-data line has been read. */
    boolean ended() {
        return state == State.ENDED;
    }
}
