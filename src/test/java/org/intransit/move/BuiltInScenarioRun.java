package org.intransit.move;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.intransit.check.MessageRecord;
import org.intransit.harness.Harness;
import org.intransit.harness.RunOptions;
import org.intransit.ledger.LedgerEvent;
import org.intransit.report.RunSummary;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.ScenarioLoader;

/** A finished run of a built-in scenario (optionally edited), with its ledger. */
record BuiltInScenarioRun(Scenario scenario, RunSummary summary, List<LedgerEvent> ledger) {

    static BuiltInScenarioRun of(String name) throws Exception {
        return of(name, UnaryOperator.identity());
    }

    /** Runs {@code harness-config/<name>.yaml} after applying {@code edit} to its text. */
    static BuiltInScenarioRun of(String name, UnaryOperator<String> edit) throws Exception {
        String yaml = edit.apply(Files.readString(Path.of("harness-config", name + ".yaml")));
        Scenario scenario = ScenarioLoader.parse(yaml, name + ".yaml");
        try (Harness harness = Harness.start(scenario, RunOptions.defaults())) {
            harness.runToEnd();
            RunSummary summary = harness.finish();
            return new BuiltInScenarioRun(scenario, summary, harness.ledger().snapshot());
        }
    }

    List<MessageRecord> to(String alias) {
        return summary.conservation().messages().stream().filter(m -> m.to().equals(alias)).toList();
    }

    List<MessageRecord> from(String sender, String to) {
        return to(to).stream().filter(m -> m.from().equals(sender)).toList();
    }

    Duration marker(String name) {
        Duration at = summary.timeline().get(name);
        if (at == null) {
            throw new AssertionError("no timeline marker " + name + " in " + summary.timeline().keySet());
        }
        return at;
    }

    List<String> transports(String trace) {
        return ledger.stream().filter(e -> e instanceof LedgerEvent.Transferred t && t.trace().equals(trace))
                .map(e -> ((LedgerEvent.Transferred) e).transport()).toList();
    }
}
