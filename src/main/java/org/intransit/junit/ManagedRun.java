package org.intransit.junit;

import org.intransit.harness.Harness;
import org.intransit.scenario.Scenario;

/**
 * A harness the extension started, kept in the JUnit store so that JUnit closes it (listeners,
 * event loops, clock threads) when the class or method it belongs to is done, whether or not
 * its tests passed.
 */
final class ManagedRun implements AutoCloseable {

    private final Harness harness;

    private ManagedRun(Harness harness) {
        this.harness = harness;
    }

    /** Loads the scenario and starts its topology; nothing is left running when this throws. */
    static ManagedRun start(RunConfig config) {
        Scenario scenario = config.scenario().load();
        Harness harness = Harness.start(scenario, config.options());
        RunClocks.remember(harness, config.clockFor(scenario));
        return new ManagedRun(harness);
    }

    Harness harness() {
        return harness;
    }

    @Override
    public void close() {
        try {
            harness.close();
        } finally {
            RunClocks.forget(harness);
        }
    }
}
