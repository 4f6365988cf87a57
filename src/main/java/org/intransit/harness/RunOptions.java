package org.intransit.harness;

import org.intransit.scenario.ClockPlan;
import org.intransit.scenario.ClockMode;
import org.intransit.scenario.Scenario;

/**
 * How to run a scenario, beyond what its file says.
 *
 * @param seed replaces the scenario's seed, or {@code null}
 * @param timeScale runs on the scaled clock at this scale, or {@code null} for the file's clock
 * @param traffic whether the scenario's traffic plans run ({@code serve} leaves traffic to
 *     outside clients unless asked)
 */
public record RunOptions(Long seed, Double timeScale, boolean traffic) {

    public static RunOptions defaults() {
        return new RunOptions(null, null, true);
    }

    long seedFor(Scenario scenario) {
        return seed != null ? seed : scenario.seed();
    }

    ClockPlan clockFor(Scenario scenario) {
        return timeScale != null ? ClockPlan.scaled(timeScale) : scenario.clock();
    }

    /** One submission at a time on the virtual clock keeps runs repeatable; eight otherwise. */
    int injectorConnections(ClockPlan clock) {
        return clock.mode() == ClockMode.VIRTUAL ? 1 : 8;
    }
}
