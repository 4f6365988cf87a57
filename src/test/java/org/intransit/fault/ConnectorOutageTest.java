package org.intransit.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.intransit.check.Fate;
import org.intransit.check.MessageRecord;
import org.intransit.harness.Harness;
import org.intransit.harness.RunOptions;
import org.intransit.ledger.LedgerEvent;
import org.intransit.report.RunSummary;
import org.intransit.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Both connectors between two sites down for an hour: a message must wait in a queue for the
 * open retries and go through once a link is back, not bounce. Found by
 * {@link ConservationUnderFaultsTest}; these are its smallest schedules.
 *
 * <p>SITE1 has one server, EX55A; SITE2 has EX55C (the X.400 connector's end) and EX03B (the
 * site connector's end), all under one service account, so every RPC bind is trusted.
 */
@Timeout(60)
class ConnectorOutageTest {

    private static final String SCENARIO = """
            name: connector-outage
            duration: 4h
            organization: { smtpDomain: contoso.example }
            sites:
              - name: SITE1
                serviceAccount: CONTOSO\\svc-exchange
                servers: [ { name: EX55A, kind: exchange55 } ]
              - name: SITE2
                serviceAccount: CONTOSO\\svc-exchange
                servers:
                  - { name: EX55C, kind: exchange55 }
                  - { name: EX03B, kind: exchange2003 }
            connectors:
              - { name: X400-1, kind: x400, between: [EX55A, EX55C], password: s3cret }
              - { name: SC-1, kind: site, between: [EX55A, EX03B] }
            mailboxes:
              - { alias: bob, server: EX55A }
              - { alias: carol, server: EX55C }
            traffic:
              - { name: mail, from: %s, to: %s, at: 1h }
            events:
              - { at: 30m, %s: [EX55A, EX55C] }
              - { at: 30m, %s: [EX55A, EX03B] }
              - { at: 2h, restoreLink: [EX55A, EX55C] }
              - { at: 2h, restoreLink: [EX55A, EX03B] }
            """;

    private record Run(RunSummary summary, List<LedgerEvent> ledger) {

        MessageRecord message() {
            return summary.conservation().messages().stream().filter(m -> m.trace().equals("mail-1")).findFirst()
                    .orElseThrow();
        }

        long queuedEvents() {
            return ledger.stream().filter(e -> e instanceof LedgerEvent.Queued q && q.trace().equals("mail-1")).count();
        }
    }

    private static Run run(String from, String to, String faultA, String faultB) throws Exception {
        String yaml = SCENARIO.formatted(from, to, faultA, faultB);
        try (Harness harness = Harness.start(ScenarioLoader.parse(yaml, "outage.yaml"), RunOptions.defaults())) {
            harness.runToEnd();
            return new Run(harness.finish(), harness.ledger().snapshot());
        }
    }

    @Test
    void bridgeheadShouldHoldTheMessageUntilALinkIsBackWhenBothOfItsConnectorsAreCut() throws Exception {
        Run run = run("bob", "carol", "cutLink", "cutLink");

        assertThat(run.summary().conservation().passed()).isTrue();
        assertThat(run.message()).satisfies(m -> {
            assertThat(m.fate()).as("%s (status %s)", m.fate(), m.status()).isEqualTo(Fate.DELIVERED);
            assertThat(m.outcomeAt()).isBetween(Duration.ofHours(2), Duration.ofHours(2).plusMinutes(10));
        });
        assertThat(run.queuedEvents()).as("open retries every 10 minutes for an hour, not a reroute storm")
                .isLessThanOrEqualTo(30);
    }

    @Test
    void siteShouldHoldTheMessageInsteadOfPassingItBetweenItsBridgeheadsWhenBothConnectorsAreDown() throws Exception {
        Run run = run("carol", "bob", "cutLink", "blackhole");

        assertThat(run.summary().conservation().passed()).isTrue();
        assertThat(run.message()).satisfies(m -> {
            assertThat(m.fate()).as("%s (status %s)", m.fate(), m.status()).isEqualTo(Fate.DELIVERED);
            assertThat(m.outcomeAt()).isBetween(Duration.ofHours(2), Duration.ofHours(2).plusMinutes(10));
            // The GWART prefers the connector with fewer attempts for this message, so after each
            // failed retry the copy may move once to the other bridgehead: at most one hop per
            // open-retry interval of the outage (6), never a storm.
            assertThat(m.hops()).as("Received headers: no ping-pong storm between EX55C and EX03B").isLessThanOrEqualTo(10);
        });
    }
}
