package org.intransit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.intransit.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code intransit validate FILE}: checks a scenario file without running it. */
@Command(name = "validate", description = "Check a scenario file without running it.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML).")
    Path file;

    @Override
    public Integer call() {
        return ScenarioFiles.load(file, spec.commandLine().getErr()).map(scenario -> {
            spec.commandLine().getOut().println(file + ": valid: " + describe(scenario));
            return Main.OK;
        }).orElse(Main.BAD_INPUT);
    }

    static String describe(Scenario s) {
        return "scenario " + s.name() + ", " + s.sites().size() + " site(s), " + s.servers().count() + " server(s), "
                + s.mailboxes().size() + " mailbox(es), " + s.connectors().size() + " connector(s), "
                + s.moves().size() + " move(s), " + s.traffic().size() + " traffic plan(s), "
                + s.expectations().size() + " expectation(s), " + s.duration() + " on the "
                + s.clock().mode().name().toLowerCase(java.util.Locale.ROOT) + " clock";
    }
}
