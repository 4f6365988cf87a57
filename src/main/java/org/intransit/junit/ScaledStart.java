package org.intransit.junit;

import org.intransit.harness.Harness;

/**
 * Starts a scaled run's time: the scaled clock counts from its first {@code runUntil}, so a test
 * that only waits (a client outside the harness sends the mail) must start it first.
 */
final class ScaledStart {

    private ScaledStart() {}

    static void ensure(Harness harness) {
        try {
            harness.clock().runUntil(harness.clock().now());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the scaled clock", e);
        }
    }
}
