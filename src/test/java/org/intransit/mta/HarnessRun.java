package org.intransit.mta;

import java.util.List;
import org.intransit.check.MessageRecord;
import org.intransit.directory.Directories;
import org.intransit.harness.Harness;
import org.intransit.harness.RunOptions;
import org.intransit.ledger.LedgerEvent;
import org.intransit.report.RunSummary;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.ScenarioLoader;

/** A finished run of an inline scenario, with its ledger, for the MTA tests to look through. */
record HarnessRun(RunSummary summary, List<LedgerEvent> ledger) {

    static HarnessRun of(String yaml) throws InterruptedException {
        Scenario scenario = ScenarioLoader.parse(yaml, "test.yaml");
        try (Harness harness = Harness.start(scenario, RunOptions.defaults())) {
            return finish(harness);
        }
    }

    static HarnessRun of(String yaml, java.util.function.Function<Scenario, Directories> directories)
            throws InterruptedException {
        Scenario scenario = ScenarioLoader.parse(yaml, "test.yaml");
        try (Harness harness = Harness.start(scenario, RunOptions.defaults(), directories.apply(scenario))) {
            return finish(harness);
        }
    }

    private static HarnessRun finish(Harness harness) throws InterruptedException {
        harness.runToEnd();
        RunSummary summary = harness.finish();
        return new HarnessRun(summary, harness.ledger().snapshot());
    }

    MessageRecord message(String trace) {
        return summary.conservation().messages().stream().filter(m -> m.trace().equals(trace)).findFirst()
                .orElseThrow(() -> new AssertionError("no message " + trace));
    }

    /** The transfers of one message, as "server/queue->next:transport". */
    List<String> hops(String trace) {
        return ledger.stream().filter(e -> e instanceof LedgerEvent.Transferred t && t.trace().equals(trace))
                .map(e -> (LedgerEvent.Transferred) e)
                .map(t -> t.server() + "/" + t.queue() + "->" + t.toServer() + ":" + t.transport())
                .toList();
    }

    /** The MTA events of one server with one id. */
    List<LedgerEvent.MtaEventLogged> events(String server, int id) {
        return ledger.stream().filter(e -> e instanceof LedgerEvent.MtaEventLogged m && m.server().equals(server) && m.id() == id)
                .map(e -> (LedgerEvent.MtaEventLogged) e).toList();
    }

    <E extends LedgerEvent> List<E> all(Class<E> type) {
        return ledger.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
