package org.intransit.clock;

import java.time.Duration;
import java.time.Instant;

/**
 * Scenario time and the schedule of everything that happens in it.
 *
 * <p>Scenario time is a {@link Duration} since the start of the run. Two implementations:
 * {@link VirtualClock} jumps to the next scheduled task as soon as no work is in flight;
 * {@link ScaledClock} runs at wall time multiplied by a scale.
 *
 * <p><b>Tasks</b> are short: they run one at a time on the clock's own thread, in order of
 * scenario time and, for equal times, in the order they were scheduled. Work that blocks (an
 * SMTP transaction, a transfer) goes to an executor and holds an {@link Activity} meanwhile.
 *
 * <p><b>Activities</b> are the in-flight work the virtual clock waits for. The rule that keeps
 * time honest: a receiver schedules its follow-up work <em>before</em> it acknowledges, and a
 * sender closes its activity only <em>after</em> the acknowledgement. So there is never a moment
 * when work exists but the clock sees none. Waiting on a peer that may never answer is not
 * in-flight work: schedule a timeout instead.
 *
 * <p>Call order: create, {@link #schedule} the initial tasks, {@link #runUntil} from one
 * driver thread, then {@link #close()}. {@link #schedule} and {@link #begin} are thread-safe
 * and may be called from any thread at any time.
 */
public interface ScenarioClock extends AutoCloseable {

    /** Current scenario time. */
    Duration now();

    /** Wall time, for ledger records and reports; never use it to decide behaviour. */
    Instant wallTime();

    /** Schedules {@code task} at scenario time {@code at}; a time in the past means "now". */
    ScheduledTask schedule(Duration at, String label, Runnable task);

    default ScheduledTask scheduleAfter(Duration delay, String label, Runnable task) {
        return schedule(now().plus(delay), label, task);
    }

    /** The scenario time of the next task on the schedule, if any. */
    java.util.Optional<Duration> nextDue();

    /** Marks the start of in-flight work; close the returned activity when it is done. */
    Activity begin(String what);

    /**
     * Runs the schedule until scenario time reaches {@code end}, or {@link #stop()} is called.
     * Returns once every task due by {@code end} has run and (virtual clock) no work is in flight.
     *
     * @throws ClockStalledException when in-flight work never finishes (virtual clock)
     */
    void runUntil(Duration end) throws InterruptedException;

    /**
     * Waits, at most {@code wallTimeout} of wall time, until no work is in flight, without
     * running further tasks. Used at the end of a scaled run.
     *
     * @return true when idle
     */
    boolean awaitIdle(Duration wallTimeout) throws InterruptedException;

    /** Makes {@link #runUntil} return early (a user's Ctrl-C); safe from any thread. */
    void stop();

    /** The number of activities not yet closed. */
    int activeCount();

    /** Stops the clock's threads; tasks not yet run are dropped. */
    @Override
    void close();
}
