package org.intransit.clock;

import java.time.Duration;

/**
 * Thrown by {@link VirtualClock#runUntil} when activities stay open and none begins or closes
 * for the clock's stall limit: some in-flight work will never finish (a missing
 * {@link Activity#close()}, or waiting on a peer that should have been a scheduled timeout).
 * The message names the open activities and how long each has been open, so the culprit shows.
 */
public final class ClockStalledException extends RuntimeException {

    private final Duration at;
    private final String openActivities;

    public ClockStalledException(Duration at, Duration stallLimit, int count, String openActivities) {
        super("virtual clock stalled at scenario time " + at + ": " + count
                + " activities open with no activity begun or closed for " + stallLimit + ": "
                + openActivities);
        this.at = at;
        this.openActivities = openActivities;
    }

    /** The scenario time the clock was held at. */
    public Duration at() {
        return at;
    }

    /** The open activities, oldest first, as {@code what (open N s)}, comma-separated. */
    public String openActivities() {
        return openActivities;
    }
}
