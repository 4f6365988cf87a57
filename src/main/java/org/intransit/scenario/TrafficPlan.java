package org.intransit.scenario;

import java.time.Duration;
import java.util.List;

/**
 * Scripted traffic. Each tick sends one message from every sender to every recipient.
 *
 * <p>Without {@code every} there is a single tick at {@code start}. With it, ticks fall at
 * {@code start, start + every, ...} while before {@code until} (the scenario's end by default).
 *
 * @param from mailbox aliases, {@code internet} (a sender outside the organization, entering at
 *     the gateway), or full addresses (outside addresses enter at the gateway too)
 * @param to mailbox aliases or full addresses
 * @param every the interval between ticks, or {@code null} for a single tick
 * @param sizeBytes the approximate size of each message
 */
public record TrafficPlan(
        String name,
        List<String> from,
        List<String> to,
        Duration start,
        Duration every,
        Duration until,
        long sizeBytes,
        String subject) {

    public TrafficPlan {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }
}
