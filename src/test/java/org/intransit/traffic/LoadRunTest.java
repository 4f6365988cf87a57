package org.intransit.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.intransit.check.Fate;
import org.intransit.check.MessageRecord;
import org.intransit.harness.Harness;
import org.intransit.harness.RunOptions;
import org.intransit.ledger.LedgerEvent;
import org.intransit.mta.StoredMessage;
import org.intransit.report.LatencySummary;
import org.intransit.report.RunSummary;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Load traffic through a real two-site topology over SMTP, X.400 and RPC: every message
 * accounted for, latency counted from the intended send time, and a stalled harness showing up
 * as latency rather than hiding.
 */
@Timeout(120)
class LoadRunTest {

    private static final String TOPOLOGY = """
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
            directory:
              agreements: [ { site: SITE1, every: 5s }, { site: SITE2, every: 5s } ]
              replication: [ { between: [SITE1, SITE2], every: 5s } ]
            mailboxes:
              - { group: user, count: 200, servers: [EX55A, EX55B, EX55C, EX03D] }
            """;

    private static Scenario scenario(String clock, String duration, String rest) {
        return ScenarioLoader.parse("name: load\nseed: 3\nduration: " + duration + "\nclock: " + clock + "\n" + TOPOLOGY
                + rest, "load.yaml");
    }

    @Test
    void virtualLoadRunShouldDeliverEveryMessageOfTheRateThroughAMoveAndKeepNoBodies() throws Exception {
        Scenario scenario = scenario("{ mode: virtual }", "12s", """
                moves: [ { mailboxes: { group: user, last: 5 }, to: EX03D, at: 2s, every: 500ms, copy: 2s } ]
                traffic:
                  - { name: l, from: { group: user }, to: { group: user }, rate: 100/s, size: { min: 1KiB, max: 16KiB } }
                """);
        try (Harness harness = Harness.start(scenario, RunOptions.defaults())) {
            harness.runToEnd();
            RunSummary summary = harness.finish();

            assertThat(summary.conservation().passed()).as(summary.conservation().describe()).isTrue();
            assertThat(summary.conservation().injected()).isEqualTo(1_200);
            assertThat(summary.conservation().count(Fate.LOST)).isZero();
            assertThat(summary.timeline()).containsKeys("move.user0001.commit", "move.user0005.commit");
            assertThat(summary.conservation().count(Fate.DELIVERED) + summary.conservation().count(Fate.NDR))
                    .as("mail to a moved mailbox may bounce in the NDR window").isGreaterThanOrEqualTo(1_200);
            List<LedgerEvent.Submitted> submitted = harness.history().stream()
                    .filter(LedgerEvent.Submitted.class::isInstance).map(LedgerEvent.Submitted.class::cast).toList();
            assertThat(submitted).as("the virtual clock submits each message at its intended time")
                    .allMatch(s -> s.intended() == null);
            assertThat(submitted.get(0).at()).isEqualTo(Duration.ofMillis(5));
            assertThat(LatencySummary.of(summary.conservation().messages()).count())
                    .isEqualTo(summary.conservation().count(Fate.DELIVERED));
            List<StoredMessage> stored = harness.topology().server("EX55B").orElseThrow().store().messages("user0060");
            assertThat(stored).isNotEmpty().allMatch(m -> m.content() == null && m.size() >= 1024);
        }
    }

    @Test
    void loadRunShouldKeepBodiesWhenAsked() throws Exception {
        Scenario scenario = scenario("{ mode: virtual }", "2s", """
                traffic: [ { name: l, from: user0001, to: user0002, rate: 2/s } ]
                """);
        try (Harness harness = Harness.start(scenario, RunOptions.defaults().withKeepBodies(true))) {
            harness.runToEnd();

            assertThat(harness.topology().server("EX55A").orElseThrow().store().messages("user0002"))
                    .hasSize(4).allMatch(m -> m.content() != null);
        }
    }

    @Test
    void stalledHarnessShouldShowAsLatencyFromTheIntendedTime() throws Exception {
        Scenario scenario = scenario("{ mode: scaled, scale: 5 }", "6s", """
                traffic: [ { name: l, from: { group: user, last: 50 }, to: { group: user, last: 50 }, rate: 50/s } ]
                """);
        try (Harness harness = Harness.start(scenario, RunOptions.defaults())) {
            harness.clock().schedule(Duration.ofSeconds(2), "stall the clock's thread until 4 s", () -> {
                while (harness.clock().now().compareTo(Duration.ofSeconds(4)) < 0) {
                    Thread.onSpinWait();
                }
            });
            harness.runToEnd();
            RunSummary summary = harness.finish();

            assertThat(summary.conservation().count(Fate.LOST)).isZero();
            MessageRecord due = summary.conservation().messages().stream()
                    .filter(m -> m.trace().equals("l-101")).findFirst().orElseThrow();
            assertThat(due.intendedAt()).as("the 101st message at 50/s").isEqualTo(Duration.ofMillis(2010));
            assertThat(due.submittedAt()).isGreaterThanOrEqualTo(Duration.ofSeconds(4));
            assertThat(due.latency()).isGreaterThanOrEqualTo(Duration.ofMillis(1990));
            assertThat(LatencySummary.of(summary.conservation().messages()).max()).isGreaterThanOrEqualTo(1990);
        }
    }
}
