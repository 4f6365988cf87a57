package org.intransit.harness;

import org.intransit.scenario.ClockMode;
import org.intransit.scenario.ClockPlan;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.TrafficPlan;

/**
 * How to run a scenario, beyond what its file says.
 *
 * @param seed replaces the scenario's seed, or {@code null}
 * @param timeScale runs on the scaled clock at this scale, or {@code null} for the file's clock
 * @param traffic whether the scenario's traffic plans run ({@code serve} leaves traffic to
 *     outside clients unless asked)
 * @param streamTo where {@code events.jsonl} is written as the run goes, or {@code null} to keep
 *     the history in memory only (the report writes it at the end)
 * @param keepBodies whether mailboxes keep delivered messages' bytes, or {@code null} for the
 *     default: on, unless the scenario has load traffic ({@code rate} or {@code ramp}), where
 *     stored bodies would grow with the run
 */
public record RunOptions(Long seed, Double timeScale, boolean traffic, StreamTarget streamTo, Boolean keepBodies) {

    /** No streaming; bodies kept by the default rule. */
    public RunOptions(Long seed, Double timeScale, boolean traffic) {
        this(seed, timeScale, traffic, null, null);
    }

    public static RunOptions defaults() {
        return new RunOptions(null, null, true);
    }

    /** The same options, streaming {@code events.jsonl} into the directory {@code target} picks. */
    public RunOptions withStreamTo(StreamTarget target) {
        return new RunOptions(seed, timeScale, traffic, target, keepBodies);
    }

    /** The same options with bodies kept (or not) whatever the traffic. */
    public RunOptions withKeepBodies(boolean keep) {
        return new RunOptions(seed, timeScale, traffic, streamTo, keep);
    }

    long seedFor(Scenario scenario) {
        return seed != null ? seed : scenario.seed();
    }

    ClockPlan clockFor(Scenario scenario) {
        return timeScale != null ? ClockPlan.scaled(timeScale) : scenario.clock();
    }

    /**
     * On the virtual clock, submissions in turn (one connection per entry server, the servers'
     * work in submission order) keep runs repeatable; on the scaled clock, eight at once.
     */
    boolean injectInTurn(ClockPlan clock) {
        return clock.mode() == ClockMode.VIRTUAL;
    }

    int injectorConnections() {
        return 8;
    }

    boolean keepBodiesFor(Scenario scenario) {
        return keepBodies != null ? keepBodies : scenario.traffic().stream().noneMatch(TrafficPlan::isLoad);
    }
}
