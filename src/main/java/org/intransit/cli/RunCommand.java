package org.intransit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.intransit.harness.Harness;
import org.intransit.harness.RunOptions;
import org.intransit.scenario.Scenario;
import org.intransit.topology.SimulatedServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code intransit run FILE}: runs a scenario to its end, writes the report, prints the run
 * directory as the last line. Exit 0 when every check held, 1 when one failed, 2 on bad input.
 */
@Command(name = "run", description = "Run a scenario and write its report.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML).")
    Path file;

    @Option(names = "--seed", paramLabel = "N", description = "Replace the scenario's seed.")
    Long seed;

    @Option(names = "--time-scale", paramLabel = "N",
            description = "Run on the scaled clock: N scenario seconds per wall second.")
    Double timeScale;

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "reports",
            description = "Where run directories go (default: ${DEFAULT-VALUE}).")
    Path reportDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (timeScale != null && !(timeScale > 0)) {
            err.println("intransit: --time-scale must be a positive number, got " + timeScale);
            return Main.BAD_INPUT;
        }
        Scenario scenario = ScenarioFiles.load(file, err).orElse(null);
        if (scenario == null) {
            return Main.BAD_INPUT;
        }
        Harness.notSimulated(scenario).forEach(note -> err.println("note: " + note));
        err.flush();
        Harness harness;
        try {
            harness = Harness.start(scenario, new RunOptions(seed, timeScale, true)
                    .withStreamTo(startedAt -> RunDirectory.create(reportDir, scenario.name(), startedAt)));
        } catch (SimulatedServer.ListenerStartException e) {
            err.println("intransit: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        RunSession session = new RunSession(harness, out, ScenarioFiles.text(file));
        try (ProgressLine progress = new ProgressLine(harness, scenario.duration(), System.err)) {
            return session.runAndReport(scenario.duration(), reportDir, progress);
        }
    }
}
