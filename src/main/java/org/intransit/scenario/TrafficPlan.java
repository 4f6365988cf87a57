package org.intransit.scenario;

import java.time.Duration;
import java.util.List;

/**
 * Traffic: scripted ticks, or open-loop load.
 *
 * <p><b>Scripted</b> ({@code load == null}): each tick sends one message from every sender to
 * every recipient. Without {@code every} there is a single tick at {@code start}. With it, ticks
 * fall at {@code start, start + every, ...} while before {@code until} (the scenario's end by
 * default).
 *
 * <p><b>Load</b> ({@code load != null}): messages arrive at {@link LoadPlan#rate()} from
 * {@code start} until before {@code until}, each from one sender to one recipient of the lists.
 *
 * @param from mailbox aliases, {@code internet} (a sender outside the organization, entering at
 *     the gateway), or full addresses (outside addresses enter at the gateway too); a mailbox
 *     group in the file is expanded into its aliases here
 * @param to mailbox aliases or full addresses
 * @param every the interval between ticks, or {@code null} for a single tick (and for load)
 * @param sizeBytes the approximate size of each message; with a size range, its minimum
 * @param load what makes this load traffic, or {@code null} for scripted traffic
 */
public record TrafficPlan(
        String name,
        List<String> from,
        List<String> to,
        Duration start,
        Duration every,
        Duration until,
        long sizeBytes,
        String subject,
        LoadPlan load) {

    public TrafficPlan {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }

    /** Scripted traffic, as before load traffic existed. */
    public TrafficPlan(String name, List<String> from, List<String> to, Duration start, Duration every,
            Duration until, long sizeBytes, String subject) {
        this(name, from, to, start, every, until, sizeBytes, subject, null);
    }

    public boolean isLoad() {
        return load != null;
    }
}
