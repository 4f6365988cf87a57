package org.intransit.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.intransit.check.Fate;
import org.intransit.check.MessageRecord;
import org.intransit.ledger.LedgerEvent;
import org.intransit.report.RunSummary;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A whole run over real SMTP on loopback, judged only through the ledger. */
@Timeout(60)
class EndToEndRunTest {

    private static final String SCENARIO = """
            name: e2e
            duration: 1h
            organization: { smtpDomain: contoso.example }
            sites:
              - name: HQ
                servers:
                  - { name: EX1, kind: exchange55 }
                  - { name: EX2, kind: exchange2003, gateway: true }
              - name: BRANCH
                servers:
                  - { name: EX3, kind: exchange55 }
            mailboxes:
              - { alias: alice, server: EX1 }
              - { alias: bob, server: EX2 }
              - { alias: erin, server: EX3 }
            traffic:
              - { name: self, from: alice, to: alice, at: 1m }
              - { name: cross, from: alice, to: bob, every: 10m }
              - { name: relay, from: alice, to: someone@elsewhere.example, at: 2m }
              - { name: unknown, from: alice, to: nobody@contoso.example, at: 3m }
              - { name: far, from: alice, to: erin, at: 4m }
              - { name: inbound, from: internet, to: alice, at: 5m }
            """;

    private static RunSummary run(String yaml) throws InterruptedException {
        Scenario scenario = ScenarioLoader.parse(yaml, "e2e.yaml");
        try (Harness harness = Harness.start(scenario, RunOptions.defaults())) {
            harness.runToEnd();
            RunSummary summary = harness.finish();
            assertThat(harness.clock().now()).isEqualTo(scenario.duration());
            return summary;
        }
    }

    private static MessageRecord message(RunSummary summary, String trace) {
        return summary.conservation().messages().stream().filter(m -> m.trace().equals(trace)).findFirst().orElseThrow();
    }

    @Test
    void runShouldAccountForEveryMessageWhenMailFlowsWithinAndBetweenServers() throws Exception {
        RunSummary summary = run(SCENARIO);

        assertThat(summary.conservation().passed()).isTrue();
        assertThat(summary.conservation().injected()).isEqualTo(11);
        assertThat(summary.conservation().count(Fate.DELIVERED)).as("8 messages and 1 NDR").isEqualTo(9);
        assertThat(summary.conservation().ndrMessages()).isEqualTo(1);
        assertThat(summary.conservation().count(Fate.LOST)).isZero();
        assertThat(summary.conservation().count(Fate.DUPLICATED)).isZero();

        MessageRecord local = message(summary, "self-1");
        assertThat(local.fate()).isEqualTo(Fate.DELIVERED);
        assertThat(local.server()).isEqualTo("EX1");
        assertThat(local.hops()).isEqualTo(1);

        MessageRecord handedOn = message(summary, "cross-3");
        assertThat(handedOn.fate()).isEqualTo(Fate.DELIVERED);
        assertThat(handedOn.server()).isEqualTo("EX2");
        assertThat(handedOn.place()).isEqualTo("bob");
        assertThat(handedOn.hops()).isEqualTo(2);
        assertThat(handedOn.submittedAt()).hasMinutes(20);

        MessageRecord fromInternet = message(summary, "inbound-1");
        assertThat(fromInternet.fate()).isEqualTo(Fate.DELIVERED);
        assertThat(fromInternet.hops()).isEqualTo(2);
    }

    @Test
    void runShouldRefuseRelayAndUnknownRecipientsAtRcptAndKeepServing() throws Exception {
        RunSummary summary = run(SCENARIO);

        MessageRecord relay = message(summary, "relay-1");
        assertThat(relay.fate()).isEqualTo(Fate.REJECTED);
        assertThat(relay.status()).isEqualTo("5.7.1");
        assertThat(relay.detail()).startsWith("550 5.7.1 <someone@elsewhere.example>");

        MessageRecord unknown = message(summary, "unknown-1");
        assertThat(unknown.fate()).isEqualTo(Fate.REJECTED);
        assertThat(unknown.status()).isEqualTo("5.1.1");

        assertThat(message(summary, "cross-6").fate()).as("mail after the refusals").isEqualTo(Fate.DELIVERED);
    }

    @Test
    void runShouldBounceMailForAnotherSiteWhenNoConnectorLeadsThere() throws Exception {
        RunSummary summary = run(SCENARIO);

        MessageRecord far = message(summary, "far-1");
        assertThat(far.fate()).isEqualTo(Fate.NDR);
        assertThat(far.server()).isEqualTo("EX1");
        assertThat(far.status()).isEqualTo("5.4.4");
        MessageRecord ndr = message(summary, far.ndrTrace());
        assertThat(ndr.fate()).isEqualTo(Fate.DELIVERED);
        assertThat(ndr.place()).isEqualTo("alice");
    }

    @Test
    void runShouldRecordTheHandOffBetweenServersInTheLedger() throws Exception {
        Scenario scenario = ScenarioLoader.parse(SCENARIO, "e2e.yaml");
        try (Harness harness = Harness.start(scenario, RunOptions.defaults())) {
            harness.runToEnd();
            harness.finish();
            List<LedgerEvent> history = harness.ledger().snapshot();

            assertThat(history).filteredOn(e -> "cross-1".equals(e.trace()))
                    .extracting(e -> e.getClass().getSimpleName())
                    .containsExactly("Submitted", "Received", "Queued", "SubmissionCompleted", "Received",
                            "Delivered", "Transferred", "FoundAtEnd");
            assertThat(history).filteredOn(e -> e instanceof LedgerEvent.Transferred t && "cross-1".equals(t.trace()))
                    .singleElement().satisfies(e -> assertThat(((LedgerEvent.Transferred) e).transport()).isEqualTo("rpc"));
            assertThat(history).filteredOn(e -> e instanceof LedgerEvent.Received r && "cross-1".equals(r.trace())
                    && r.server().equals("EX2")).singleElement()
                    .satisfies(e -> assertThat(((LedgerEvent.Received) e).peer()).isEqualTo("EX1"));
        }
    }

    @Test
    void runShouldGiveTheSameOutcomesWhenRunTwiceWithTheSameSeed() throws Exception {
        List<String> first = run(SCENARIO).conservation().messages().stream()
                .map(m -> m.trace() + "=" + m.fate() + "@" + m.outcomeAt()).toList();
        List<String> second = run(SCENARIO).conservation().messages().stream()
                .map(m -> m.trace() + "=" + m.fate() + "@" + m.outcomeAt()).toList();

        assertThat(second).isEqualTo(first);
    }
}
