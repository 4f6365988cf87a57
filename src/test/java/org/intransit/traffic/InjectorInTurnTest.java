package org.intransit.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.intransit.check.Fate;
import org.intransit.harness.Harness;
import org.intransit.harness.RunOptions;
import org.intransit.ledger.LedgerEvent;
import org.intransit.report.RunSummary;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The virtual clock's injector: the submissions of one tick (here of two plans that share their
 * ticks) go to several entry servers at once, yet the servers take the messages, and the ledger
 * records them, in submission order, so two runs of the same scenario write the same history.
 */
@Timeout(120)
class InjectorInTurnTest {

    private static final Scenario SCENARIO = ScenarioLoader.parse("""
            name: in-turn
            seed: 11
            duration: 30m
            clock: { mode: virtual }
            organization: { smtpDomain: contoso.example }
            sites:
              - name: SITE1
                serviceAccount: CONTOSO\\\\svc
                servers: [ { name: EX55A, kind: exchange55 }, { name: EX55B, kind: exchange55 } ]
              - name: SITE2
                serviceAccount: CONTOSO\\\\svc
                servers: [ { name: EX55C, kind: exchange55 }, { name: EX03D, kind: exchange2003, gateway: true } ]
            connectors:
              - { name: X400, kind: x400, between: [EX55A, EX55C], password: pw }
            mailboxes:
              - { alias: alice, server: EX55A }
              - { alias: bob,   server: EX55B }
              - { alias: carol, server: EX55C }
              - { alias: dave,  server: EX03D }
            traffic:
              - name: mesh
                from: [alice, bob, carol, dave, internet]
                to: [alice, carol, dave, nobody@contoso.example]
                every: 5m
                until: 30m
              - { name: back, from: [carol], to: [bob], every: 5m, until: 30m }
            """, "in-turn.yaml");

    @Test
    void injectorShouldLetServersTakeMessagesInSubmissionOrderWhenATickGoesToSeveralServers() throws Exception {
        List<LedgerEvent> history = run();

        List<String> submitted = traces(history, LedgerEvent.Submitted.class);
        List<String> completed = traces(history, LedgerEvent.SubmissionCompleted.class);
        List<String> receivedFromTheInjector = history.stream()
                .filter(e -> e instanceof LedgerEvent.Received r && r.hops() == 1).map(LedgerEvent::trace).toList();
        assertThat(submitted).hasSize(6 * (5 * 4 + 1));
        assertThat(completed).as("completions in submission order").isEqualTo(submitted);
        assertThat(receivedFromTheInjector).as("servers took the accepted messages in submission order")
                .isEqualTo(submitted.stream().filter(receivedFromTheInjector::contains).toList())
                .hasSize(6 * (5 * 3 + 1));
        for (int i = 0; i + 1 < receivedFromTheInjector.size(); i++) {
            String trace = receivedFromTheInjector.get(i);
            String next = receivedFromTheInjector.get(i + 1);
            assertThat(indexOf(history, LedgerEvent.SubmissionCompleted.class, trace))
                    .as("%s completed before the server took %s", trace, next)
                    .isLessThan(indexOf(history, LedgerEvent.Received.class, next));
        }
    }

    @Test
    void injectorShouldWriteTheSameHistoryWhenTheSameScenarioRunsTwice() throws Exception {
        List<String> first = shape(run());
        List<String> second = shape(run());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void injectorShouldDeliverOrRejectEveryMessageWhenSubmissionsOverlap() throws Exception {
        try (Harness harness = Harness.start(SCENARIO, RunOptions.defaults())) {
            harness.runToEnd();
            RunSummary summary = harness.finish();

            assertThat(summary.conservation().passed()).as(summary.conservation().describe()).isTrue();
            assertThat(summary.conservation().count(Fate.DELIVERED)).isEqualTo(6 * (5 * 3 + 1));
            assertThat(summary.conservation().count(Fate.REJECTED)).as("nobody@contoso.example is refused at RCPT").isEqualTo(6 * 5);
        }
    }

    private static List<LedgerEvent> run() throws Exception {
        try (Harness harness = Harness.start(SCENARIO, RunOptions.defaults())) {
            harness.runToEnd();
            return harness.history();
        }
    }

    /** Each record's kind, trace, server and time; a submission's own record is left out, as it races its server's. */
    private static List<String> shape(List<LedgerEvent> history) {
        List<String> shape = new ArrayList<>();
        for (LedgerEvent e : history) {
            if (!(e instanceof LedgerEvent.Submitted)) {
                String server = e instanceof LedgerEvent.Received r ? r.server()
                        : e instanceof LedgerEvent.Queued q ? q.server() + "/" + q.queue() : "";
                shape.add(e.getClass().getSimpleName() + " " + e.trace() + " " + server + " " + e.at());
            }
        }
        return shape;
    }

    private static List<String> traces(List<LedgerEvent> history, Class<? extends LedgerEvent> kind) {
        return history.stream().filter(kind::isInstance).map(LedgerEvent::trace).toList();
    }

    private static int indexOf(List<LedgerEvent> history, Class<? extends LedgerEvent> kind, String trace) {
        for (int i = 0; i < history.size(); i++) {
            if (kind.isInstance(history.get(i)) && trace.equals(history.get(i).trace())) {
                return i;
            }
        }
        return -1;
    }
}
