package org.intransit.clock;

import java.time.Duration;

/** A task on the clock's schedule. */
public interface ScheduledTask {

    /** The scenario time it is due at. */
    Duration at();

    /** Removes it from the schedule if it has not run; returns whether it was removed. */
    boolean cancel();
}
