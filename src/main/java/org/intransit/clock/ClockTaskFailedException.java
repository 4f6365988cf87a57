package org.intransit.clock;

import java.time.Duration;

/**
 * A scheduled task threw. The clocks fail fast: the first failure stops the run, because a
 * harness that carries on after a broken step would report outcomes it did not really produce.
 * The cause is the task's own exception.
 */
public final class ClockTaskFailedException extends RuntimeException {

    private final String label;
    private final Duration at;

    public ClockTaskFailedException(String label, Duration at, Throwable cause) {
        super("task '" + label + "' failed at scenario time " + at + ": " + cause, cause);
        this.label = label;
        this.at = at;
    }

    /** The label the task was scheduled with. */
    public String label() {
        return label;
    }

    /** The scenario time it ran at. */
    public Duration at() {
        return at;
    }
}
