package org.intransit.clock;

import java.time.Duration;

/**
 * Wall time elapsed since {@link #start()}, for reports ({@code wallSeconds}) and progress
 * lines. It exists so that nothing outside this package reads the wall clock; never use it to
 * decide behaviour, which follows scenario time. Monotonic: unaffected by system clock changes.
 */
public final class Stopwatch {

    private final long startNanos;

    private Stopwatch(long startNanos) {
        this.startNanos = startNanos;
    }

    public static Stopwatch start() {
        return new Stopwatch(System.nanoTime());
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
