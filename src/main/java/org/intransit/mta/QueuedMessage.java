package org.intransit.mta;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A message waiting for its next hop. The body is kept only while it waits.
 *
 * @param firstQueuedAt when it entered this server's queues; expiry counts from here
 * @param connectorAttempts failed open attempts per connector, for the GWART's "fewest attempts"
 *     and "not exhausted" rules
 * @param transferFailures transfers of this message that broke after the association opened
 */
public record QueuedMessage(InboundMessage message, Duration firstQueuedAt, Map<String, Integer> connectorAttempts,
        int transferFailures) {

    public QueuedMessage {
        connectorAttempts = Map.copyOf(connectorAttempts);
    }

    public static QueuedMessage first(InboundMessage message, Duration now) {
        return new QueuedMessage(message, now, Map.of(), 0);
    }

    public int attemptsOn(String connector) {
        return connectorAttempts.getOrDefault(connector, 0);
    }

    public QueuedMessage failedOn(String connector) {
        Map<String, Integer> attempts = new HashMap<>(connectorAttempts);
        attempts.merge(connector, 1, Integer::sum);
        return new QueuedMessage(message, firstQueuedAt, attempts, transferFailures);
    }

    public QueuedMessage transferBroke() {
        return new QueuedMessage(message, firstQueuedAt, connectorAttempts, transferFailures + 1);
    }
}
