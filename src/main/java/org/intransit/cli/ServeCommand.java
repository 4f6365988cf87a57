package org.intransit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
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
 * {@code intransit serve FILE}: starts the topology on the scaled clock (scale 1 unless given)
 * and keeps it running for outside clients until Ctrl-C, then writes the report. Prints one
 * line per server first: {@code SERVER <name> <kind> <site> <address>:<port>}.
 */
@Command(name = "serve", description = "Start the topology for outside clients until Ctrl-C, then write the report.")
final class ServeCommand implements Callable<Integer> {

    /** Long enough to mean "until Ctrl-C". */
    private static final Duration FOREVER = Duration.ofDays(365L * 100);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML).")
    Path file;

    @Option(names = "--time-scale", paramLabel = "N", defaultValue = "1",
            description = "Scenario seconds per wall second (default: ${DEFAULT-VALUE}).")
    double timeScale;

    @Option(names = "--traffic", description = "Also run the scenario's own traffic plans.")
    boolean traffic;

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "reports",
            description = "Where run directories go (default: ${DEFAULT-VALUE}).")
    Path reportDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(timeScale > 0)) {
            err.println("intransit: --time-scale must be a positive number, got " + timeScale);
            return Main.BAD_INPUT;
        }
        Scenario scenario = ScenarioFiles.load(file, err).orElse(null);
        if (scenario == null) {
            return Main.BAD_INPUT;
        }
        Harness harness;
        try {
            harness = Harness.start(scenario, new RunOptions(null, timeScale, traffic)
                    .withStreamTo(startedAt -> RunDirectory.create(reportDir, scenario.name(), startedAt)));
        } catch (SimulatedServer.ListenerStartException e) {
            err.println("intransit: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        for (SimulatedServer server : harness.topology().servers()) {
            var address = server.address().orElseThrow();
            out.printf("SERVER %s %s %s %s:%d%n", server.name(), server.kind().yamlName(), server.site(),
                    address.getHostString(), address.getPort());
        }
        out.println("domains: " + String.join(", ", domains(scenario)) + "; mailboxes: "
                + String.join(", ", scenario.mailboxes().stream().map(m -> m.alias() + "@" + m.server()).toList()));
        out.println("serving until Ctrl-C");
        out.flush();
        RunSession session = new RunSession(harness, out, ScenarioFiles.text(file));
        try (ProgressLine progress = new ProgressLine(harness, FOREVER, System.err)) {
            return session.runAndReport(FOREVER, reportDir, progress);
        }
    }

    private static java.util.List<String> domains(Scenario scenario) {
        var all = new java.util.ArrayList<String>();
        all.add(scenario.organization().smtpDomain().toLowerCase(Locale.ROOT));
        all.addAll(scenario.organization().otherDomains());
        return all;
    }
}
