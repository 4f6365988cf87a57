package org.intransit.transport;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;

/**
 * A connection an RPC or X.400 listener closed on its own, as its owner hears of it through
 * {@link DroppedConnections}: once per connection, after the listener has decided to close it.
 * A peer that closes or resets the connection itself between frames is not a drop; one that
 * does so inside a frame is a {@link ProtocolError} (see {@link UnfinishedFrame}).
 *
 * <p>Neither record carries PDU contents, so neither can carry a password or a service account:
 * the reasons come from the decoders and the dialogue state, which name fields and lengths only.
 */
public sealed interface DroppedConnection {

    /** {@code rpc} or {@code x400}, as in the ledger's transfer records. */
    String transport();

    /** The peer as {@code address:port}. */
    String peer();

    /**
     * The peer broke the protocol: a frame that does not decode, a PDU out of order, a TPDU over
     * the negotiated size, or a frame the peer stopped sending halfway and closed.
     *
     * @param reason what was wrong, e.g. {@code TPKT version 0x04, expected 0x03}
     */
    record ProtocolError(String transport, String peer, String reason) implements DroppedConnection {}

    /**
     * The peer sent nothing for {@code timeout}: it connected and went quiet, or stopped in the
     * middle of a frame.
     */
    record IdleTimeout(String transport, String peer, Duration timeout) implements DroppedConnection {}

    /** {@code 127.0.0.1:40123} for an IP peer, the address's own text otherwise. */
    static String describe(SocketAddress peer) {
        if (peer instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress() + ":" + inet.getPort();
        }
        return String.valueOf(peer);
    }
}
