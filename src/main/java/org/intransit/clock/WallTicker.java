package org.intransit.clock;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs something every so often in wall time, for a progress line: it follows the machine, not
 * the scenario, so it also ticks while the virtual clock waits for in-flight work. It exists so
 * that nothing outside this package sleeps.
 */
public final class WallTicker {

    private static final Logger LOG = LoggerFactory.getLogger(WallTicker.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private WallTicker() {}

    /**
     * Runs {@code r} every {@code wallInterval} (first run after one interval) on a daemon thread
     * named {@code intransit-clock-ticker-N}, until the returned handle is closed. A run that
     * throws is logged and the ticking goes on: a progress line must not end a run.
     */
    public static AutoCloseable every(Duration wallInterval, Runnable r) {
        long nanos = wallInterval.toNanos();
        if (nanos <= 0) {
            throw new IllegalArgumentException("interval must be positive: " + wallInterval);
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "intransit-clock-ticker-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.warn("wall ticker task failed", e);
            }
        }, nanos, nanos, TimeUnit.NANOSECONDS);
        return executor::shutdownNow;
    }
}
