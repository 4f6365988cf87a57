package org.intransit.mta;

import java.time.Duration;

/**
 * A message waiting for its next hop. The body is kept only while it waits.
 *
 * @param attempts transfer attempts so far
 */
public record QueuedMessage(InboundMessage message, Duration enqueuedAt, int attempts) {

    public QueuedMessage nextAttempt() {
        return new QueuedMessage(message, enqueuedAt, attempts + 1);
    }
}
