package org.intransit.junit;

import org.intransit.harness.RunOptions;
import org.intransit.junit.IntransitTest.Lifecycle;
import org.intransit.scenario.ClockPlan;
import org.intransit.scenario.Scenario;

/**
 * What the extension starts: a scenario, how long one run lives, and the clock.
 *
 * @param timeScale scenario seconds per wall second on the scaled clock; 0 keeps the scenario's clock
 */
record RunConfig(ScenarioRef scenario, Lifecycle lifecycle, double timeScale) {

    RunConfig {
        if (timeScale < 0 || Double.isNaN(timeScale) || Double.isInfinite(timeScale)) {
            throw new IllegalArgumentException("timeScale must be 0 (the scenario's clock) or a positive scale: " + timeScale);
        }
    }

    static RunConfig of(IntransitTest annotation) {
        return new RunConfig(new ScenarioRef.File(annotation.scenario()), annotation.lifecycle(), annotation.timeScale());
    }

    RunConfig with(Lifecycle newLifecycle) {
        return new RunConfig(scenario, newLifecycle, timeScale);
    }

    RunConfig withTimeScale(double scale) {
        return new RunConfig(scenario, lifecycle, scale);
    }

    RunOptions options() {
        return new RunOptions(null, timeScale > 0 ? timeScale : null, true);
    }

    ClockPlan clockFor(Scenario loaded) {
        return timeScale > 0 ? ClockPlan.scaled(timeScale) : loaded.clock();
    }
}
