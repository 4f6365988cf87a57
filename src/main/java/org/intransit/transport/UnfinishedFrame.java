package org.intransit.transport;

/**
 * A user event a listener's frame decoder fires when the peer's input ends with part of a frame
 * still buffered: the peer sent a header, or a header and some of the body, and then closed.
 * {@link ConnectionWatchHandler} reports it as a {@link DroppedConnection.ProtocolError}, once
 * per connection; a peer that closes between frames fires nothing.
 *
 * <p>It is an event rather than an exception because the connection is already ending: a
 * caller's own pipeline (which shares the decoders) passes it by without changing the outcome it
 * reports. It names the part of the frame and byte counts only, never the bytes.
 *
 * @param part     what was cut, with its article: {@code a TPKT frame}, {@code a TPKT header}, {@code an RPC length field}
 * @param received the bytes of that part that arrived: at least 1, or at least 0 when no length was announced
 * @param expected the bytes it should have had, more than {@code received}; 0 when the part
 *     announces no length (an X.400 TSDU ends with the DT that carries EOT, whatever its size)
 */
public record UnfinishedFrame(String part, int received, int expected) {

    public UnfinishedFrame {
        if (expected == 0 ? received < 0 : received < 1 || received >= expected) {
            throw new IllegalArgumentException("not an unfinished frame, " + part + ": " + received + " of " + expected);
        }
    }

    /** A part that announces no length, cut after {@code received} bytes. */
    public static UnfinishedFrame withoutLength(String part, int received) {
        return new UnfinishedFrame(part, received, 0);
    }

    /**
     * {@code connection closed inside a TPKT frame: 5 of 24 bytes}, as the MTA event says it;
     * without an announced length {@code ...: 4090 bytes}.
     */
    public String reason() {
        return "connection closed inside " + part + ": " + received + (expected == 0 ? "" : " of " + expected) + " bytes";
    }
}
