package org.intransit.transport;

import java.time.Duration;
import java.util.Objects;

/**
 * How an RPC or X.400 listener watches each connection it accepts: how long a peer may stay
 * silent, and where the connections it closes are reported.
 *
 * <p>{@code idleTimeout} is wall time, as the SMTP listener's {@code limits.connectionTimeout}
 * (which a simulated server applies to all three listeners): a peer that sends no byte for that
 * long, whether before its first PDU, between two, or in the middle of one, is closed. A virtual
 * clock that jumps a day does not time anyone out.
 *
 * @param idleTimeout longer than zero; {@link #DEFAULT_IDLE_TIMEOUT} unless the scenario says
 * @param drops told of every connection the listener closes on its own
 */
public record ConnectionWatch(Duration idleTimeout, DroppedConnections drops) {

    /** 60 s, SubEthaSMTP's default for the SMTP listener. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);

    /** The default timeout, drops logged at debug only. */
    public static final ConnectionWatch DEFAULT = new ConnectionWatch(DEFAULT_IDLE_TIMEOUT, DroppedConnections.UNREPORTED);

    public ConnectionWatch {
        Objects.requireNonNull(drops, "drops");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive: " + idleTimeout);
        }
    }
}
