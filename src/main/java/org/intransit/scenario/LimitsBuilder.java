package org.intransit.scenario;

import java.time.Duration;

/** An SMTP listener's limits; each setting left out keeps {@link ServerPlan.Limits#DEFAULTS}'s. */
public final class LimitsBuilder {

    private final BuilderPlaces places;
    private final String path;
    private int maxMessageSize = ServerPlan.Limits.DEFAULTS.maxMessageSize();
    private Duration connectionTimeout = ServerPlan.Limits.DEFAULTS.connectionTimeout();
    private int maxConnections = ServerPlan.Limits.DEFAULTS.maxConnections();
    private int maxRecipients = ServerPlan.Limits.DEFAULTS.maxRecipients();

    LimitsBuilder(BuilderPlaces places, String path) {
        this.places = places;
        this.path = path;
    }

    /** The largest message in bytes, advertised as {@code SIZE}; at most 2047 MiB. */
    public LimitsBuilder maxMessageSize(long bytes) {
        String key = Where.child(path, "maxMessageSize");
        if (bytes <= 0 || bytes > TopologyReader.MAX_MESSAGE_SIZE) {
            throw places.fail(key, "expected a size greater than zero and of at most 2047MiB but found " + bytes);
        }
        maxMessageSize = (int) bytes;
        return this;
    }

    /** How long the listener waits for a client's next line (wall time) before {@code 421}; 1 ms to 1 d. */
    public LimitsBuilder connectionTimeout(Duration timeout) {
        String key = Where.child(path, "connectionTimeout");
        if (timeout == null || timeout.toMillis() < 1 || timeout.compareTo(TopologyReader.MAX_CONNECTION_TIMEOUT) > 0) {
            throw places.fail(key, "expected a duration from 1ms to 1d but found "
                    + (timeout == null ? "nothing" : Durations.format(timeout)));
        }
        connectionTimeout = timeout;
        return this;
    }

    public LimitsBuilder maxConnections(int sessions) {
        maxConnections = places.range(sessions, 1, TopologyReader.MAX_CONNECTIONS, Where.child(path, "maxConnections"));
        return this;
    }

    public LimitsBuilder maxRecipients(int perMessage) {
        maxRecipients = places.range(perMessage, 1, TopologyReader.MAX_RECIPIENTS, Where.child(path, "maxRecipients"));
        return this;
    }

    ServerPlan.Limits build() {
        return new ServerPlan.Limits(maxMessageSize, connectionTimeout, maxConnections, maxRecipients);
    }
}
