package org.intransit.clock;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scenario time = wall time elapsed since the first {@link #runUntil} × scale. For load
 * scenarios and external systems under test, whose work the harness cannot see.
 *
 * <p>Time starts at the first {@link #runUntil}, not at construction, so that building and
 * starting the topology (wall seconds: scenario hours at a large scale) does not eat into the
 * scenario; until then {@link #now()} reads zero and no task runs. Tasks run one at a time on a
 * daemon thread ({@code intransit-clock-scaled-N}) at the wall instant of their scenario time,
 * ordered by time, then by schedule order; a task due in the past runs as soon as that thread
 * is free.
 *
 * <p>Like {@link VirtualClock} it fails fast: the first task that throws stops the dispatching
 * and {@link #runUntil} throws a {@link ClockTaskFailedException}. After {@link #stop()} no
 * further task runs. It does not wait for activities by itself: call {@link #awaitIdle} at the
 * end of a run to let work still on the wire finish.
 */
public final class ScaledClock extends ClockCore {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final long IDLE_WAKE_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long JOIN_MILLIS = 5_000;

    private final double scale;
    private final Thread dispatcher;
    private volatile long startNanos;
    private volatile boolean started;
    /** Guarded by {@link #lock}. */
    private boolean closed;
    /** The task on the dispatcher right now; guarded by {@link #lock}. */
    private Agenda.Entry running;

    /** @param scale scenario seconds per wall second; positive and finite */
    public ScaledClock(double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be positive and finite: " + scale);
        }
        this.scale = scale;
        this.dispatcher = new Thread(this::dispatch, "intransit-clock-scaled-" + THREADS.incrementAndGet());
        dispatcher.setDaemon(true);
        dispatcher.start();
    }

    @Override
    public Duration now() {
        return started ? Duration.ofNanos((long) ((System.nanoTime() - startNanos) * scale)) : Duration.ZERO;
    }

    /**
     * Starts the time on the first call, then blocks until scenario time reaches {@code end}
     * and every task due by then has run, or until {@link #stop()}. After a stop it still waits
     * for the task on the dispatcher to end: that task may be beginning work (a submission, a
     * queue run) which the caller's {@link #awaitIdle} must see before it reads the run's state.
     *
     * @throws ClockTaskFailedException when a task threw
     */
    @Override
    public void runUntil(Duration end) throws InterruptedException {
        lock.lock();
        try {
            if (!started) {
                startNanos = System.nanoTime();
                started = true;
                changed.signalAll();
            }
            while (failure == null && !stopped) {
                boolean reached = now().compareTo(end) >= 0;
                if (reached && running == null && !agenda.hasDue(end)) {
                    return;
                }
                changed.awaitNanos(reached ? IDLE_WAKE_NANOS : wallNanosUntil(end));
            }
            while (failure == null && running != null) {
                changed.awaitNanos(IDLE_WAKE_NANOS);
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    void scheduled() {
        changed.signalAll();
    }

    private void dispatch() {
        lock.lock();
        try {
            while (!closed) {
                Agenda.Entry next = started && !stopped && failure == null ? agenda.peek() : null;
                long wait = next == null ? IDLE_WAKE_NANOS : wallNanosUntil(next.at());
                if (wait > 0) {
                    awaitIgnoringInterrupt(wait);
                    continue;
                }
                agenda.remove(next);
                running = next;
                runReleased(next, now());
                running = null;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** A task may leave the dispatcher interrupted; only {@link #close()} ends it. */
    private void awaitIgnoringInterrupt(long nanos) {
        try {
            changed.awaitNanos(nanos);
        } catch (InterruptedException ignored) {
            // the loop re-checks closed
        }
    }

    private long wallNanosUntil(Duration at) {
        long scenarioNanos = TimeUnit.NANOSECONDS.convert(at) - TimeUnit.NANOSECONDS.convert(now());
        return scenarioNanos <= 0 ? 0 : Math.max(1, (long) Math.ceil(scenarioNanos / scale));
    }

    /** Stops dispatching, drops the tasks not yet run and waits up to 5 s for the thread to end. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            stopped = true;
            agenda.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (Thread.currentThread() != dispatcher) {
            try {
                dispatcher.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
