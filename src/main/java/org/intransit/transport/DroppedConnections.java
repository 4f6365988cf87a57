package org.intransit.transport;

/**
 * Where an RPC or X.400 listener reports the connections it closes on its own (see
 * {@link DroppedConnection}); a simulated server writes each one to its MTA event log.
 *
 * <p>Called on the connection's event loop, before the socket is closed: it must be quick and
 * must not throw (an exception is logged and otherwise ignored, the connection closes anyway).
 */
@FunctionalInterface
public interface DroppedConnections {

    /** Reports nothing; the listener still logs each drop at debug. */
    DroppedConnections UNREPORTED = dropped -> { };

    void dropped(DroppedConnection connection);
}
