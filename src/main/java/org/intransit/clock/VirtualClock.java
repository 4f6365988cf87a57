package org.intransit.clock;

import java.time.Duration;

/**
 * Scenario time that jumps to the next scheduled task as soon as no work is in flight
 * (quiescence: {@link #activeCount()} is 0), so a 7-day scenario runs in seconds and its
 * outcomes do not depend on the machine's speed.
 *
 * <p>Tasks run one at a time on the thread that calls {@link #runUntil}, ordered by scenario
 * time, then by the order they were scheduled. Before each task the driver waits for
 * quiescence, so follow-up work a receiver registered before acknowledging is on the schedule
 * before the next pick. A task scheduled in the past runs at the current time; time never goes
 * backwards. The clock has no threads of its own.
 *
 * <p>It fails fast: the first task that throws ends {@link #runUntil} with a
 * {@link ClockTaskFailedException} (no further task runs), and every later call throws it
 * again. The watchdog turns in-flight work that never finishes into a
 * {@link ClockStalledException} instead of a silent hang. {@link #stop()} is final: once
 * stopped, {@link #runUntil} returns at once, also while it waits for quiescence.
 */
public final class VirtualClock extends ClockCore {

    /** How long activities may stay open with none beginning or closing. */
    public static final Duration DEFAULT_STALL_LIMIT = Duration.ofSeconds(60);

    private final Duration stallLimit;
    private volatile Duration now = Duration.ZERO;

    /** A clock with the {@link #DEFAULT_STALL_LIMIT}. */
    public VirtualClock() {
        this(DEFAULT_STALL_LIMIT);
    }

    /** @param stallLimit wall time in-flight work may go without any activity beginning or closing */
    public VirtualClock(Duration stallLimit) {
        if (stallLimit.isNegative() || stallLimit.isZero()) {
            throw new IllegalArgumentException("stall limit must be positive: " + stallLimit);
        }
        this.stallLimit = stallLimit;
    }

    @Override
    public Duration now() {
        return now;
    }

    /**
     * Runs every task due at or before {@code end}, waits for quiescence, then sets the time to
     * {@code end}; later tasks stay scheduled for the next call.
     *
     * @throws ClockTaskFailedException when a task threw (now or in an earlier call)
     * @throws ClockStalledException when activities stay open with no progress for the stall limit
     */
    @Override
    public void runUntil(Duration end) throws InterruptedException {
        lock.lock();
        try {
            while (awaitQuiescence()) {
                Agenda.Entry next = agenda.pollDue(end);
                if (next == null) {
                    now = max(now, end);
                    return;
                }
                now = max(now, next.at());
                runReleased(next, now);
                if (failure != null) {
                    throw failure;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** The driver picks the next task only at quiescence, so a new task needs no wake-up. */
    @Override
    void scheduled() {}

    /**
     * Waits, holding the lock, until no activity is open; false when stopped meanwhile. Woken
     * when the last activity closes; the watchdog's deadline moves with every begin and close,
     * so a wait that times out re-reads it instead of being woken for each.
     */
    private boolean awaitQuiescence() throws InterruptedException {
        if (failure != null) {
            throw failure;
        }
        long limit = stallLimit.toNanos();
        while (!stopped && activities.count() > 0) {
            long remaining = limit - activities.nanosSinceLastChange();
            if (remaining <= 0) {
                throw new ClockStalledException(now, stallLimit, activities.count(), activities.describeOpen());
            }
            changed.awaitNanos(remaining);
        }
        return !stopped;
    }

    /** Stops the clock and drops the tasks not yet run. */
    @Override
    public void close() {
        stop();
        agenda.clear();
    }
}
