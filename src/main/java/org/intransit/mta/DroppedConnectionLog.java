package org.intransit.mta;

import java.time.Duration;
import org.intransit.transport.DroppedConnection;
import org.intransit.transport.DroppedConnections;

/**
 * Writes each connection a server's RPC or X.400 listener closed on its own to the server's
 * {@link MtaEventLog}: {@value MtaEventLog#LISTENER_PROTOCOL_ERROR} for a protocol error,
 * {@value MtaEventLog#LISTENER_IDLE_TIMEOUT} for an idle timeout, one entry per connection.
 *
 * <pre>
 * 4003  X.400 connection from 127.0.0.1:40123 closed on a protocol error: TPKT version 0x04, expected 0x03.
 * 4004  RPC connection from 127.0.0.1:40124 closed after 60s without data.
 * </pre>
 */
public final class DroppedConnectionLog implements DroppedConnections {

    private final MtaEventLog log;

    public DroppedConnectionLog(MtaEventLog log) {
        this.log = log;
    }

    @Override
    public void dropped(DroppedConnection connection) {
        String from = transportName(connection.transport()) + " connection from " + connection.peer();
        if (connection instanceof DroppedConnection.ProtocolError error) {
            log.log(MtaEventLog.LISTENER_PROTOCOL_ERROR, from + " closed on a protocol error: " + error.reason() + ".");
        } else if (connection instanceof DroppedConnection.IdleTimeout idle) {
            log.log(MtaEventLog.LISTENER_IDLE_TIMEOUT, from + " closed after " + shortly(idle.timeout())
                    + " without data.");
        }
    }

    private static String transportName(String transport) {
        return switch (transport) {
            case "rpc" -> "RPC";
            case "x400" -> "X.400";
            default -> transport;
        };
    }

    /** {@code 200ms}, {@code 60s}: how a scenario file writes them. */
    private static String shortly(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
