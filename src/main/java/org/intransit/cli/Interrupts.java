package org.intransit.cli;

import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;

/**
 * Ctrl-C and SIGTERM during {@code run} or {@code serve}: the first stops the run where it is, so
 * the main thread writes the report of what happened so far and exits normally; a second one
 * exits at once (status 130), for a user who will not wait.
 *
 * <p>Without these handlers the JVM would start its shutdown on the first signal and ignore the
 * second; the shutdown hook of {@link RunSession} still covers other ways the JVM may end.
 */
final class Interrupts {

    private static final AtomicInteger SIGNALS = new AtomicInteger();

    private Interrupts() {}

    static void install(Runnable firstSignal) {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    if (SIGNALS.incrementAndGet() == 1) {
                        System.err.println("\nintransit: stopping; writing the report of what happened so far"
                                + " (press Ctrl-C again to quit at once)");
                        firstSignal.run();
                    } else {
                        Runtime.getRuntime().halt(130);
                    }
                });
            } catch (IllegalArgumentException unsupported) {
                // a platform without this signal: the shutdown hook still writes the report
            }
        }
    }
}
