package org.intransit.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.intransit.check.Fate;
import org.intransit.check.MessageRecord;
import org.intransit.ledger.LedgerEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two sites joined only by an {@code smtp} connector: mail crosses both ways over SMTP on the
 * queue named after the connector; with the link cut the queues wait out their open retries and
 * drain once it is restored.
 */
@Timeout(90)
class SmtpConnectorTest {

    private static final String CONNECTOR = "SMTP-1-2";

    private static String scenario(String events) {
        return """
                name: smtp-connector
                duration: 4h
                organization: { smtpDomain: contoso.example }
                sites:
                  - { name: SITE1, servers: [ { name: EX1, kind: exchange55 } ] }
                  - { name: SITE2, servers: [ { name: EX2, kind: exchange2003 } ] }
                connectors:
                  - { name: SMTP-1-2, kind: smtp, between: [EX1, EX2] }
                mailboxes:
                  - { alias: alice, server: EX1 }
                  - { alias: bob, server: EX2 }
                traffic:
                  - { name: east, from: alice, to: bob, every: 10m, until: 3h }
                  - { name: west, from: bob, to: alice, every: 10m, until: 3h }
                %s
                """.formatted(events);
    }

    private static final String CUT = scenario("""
            events:
              - { at: 1h, cutLink: [EX1, EX2] }
              - { at: 2h, restoreLink: [EX1, EX2] }
            """);

    @Test
    void smtpConnectorShouldCarryMailBothWaysOverSmtpOnTheQueueNamedAfterIt() throws Exception {
        HarnessRun run = HarnessRun.of(scenario(""));

        assertThat(run.hops("east-1")).containsExactly("EX1/" + CONNECTOR + "->EX2:smtp");
        assertThat(run.hops("west-1")).containsExactly("EX2/" + CONNECTOR + "->EX1:smtp");
        assertThat(run.message("east-1").server()).isEqualTo("EX2");
        assertThat(run.message("east-1").place()).isEqualTo("bob");
        assertThat(run.message("west-1").server()).isEqualTo("EX1");
        assertThat(run.message("west-1").place()).isEqualTo("alice");
        assertThat(run.all(LedgerEvent.Received.class)).filteredOn(r -> r.peer() != null)
                .as("every server-to-server receipt came over SMTP from the connector's other end")
                .isNotEmpty()
                .allSatisfy(r -> {
                    assertThat(r.transport()).isEqualTo("smtp");
                    assertThat(r.peer()).isEqualTo(r.server().equals("EX1") ? "EX2" : "EX1");
                });
        assertThat(run.all(LedgerEvent.Transferred.class)).hasSize(36)
                .allSatisfy(t -> {
                    assertThat(t.queue()).isEqualTo(CONNECTOR);
                    assertThat(t.transport()).isEqualTo("smtp");
                });
        assertThat(run.summary().conservation().count(Fate.DELIVERED)).isEqualTo(36);
        assertThat(run.summary().conservation().passed()).isTrue();
    }

    @Test
    void smtpConnectorQueuesShouldWaitWhileTheLinkIsCutAndDrainAfterItIsRestored() throws Exception {
        HarnessRun run = HarnessRun.of(CUT);

        var conservation = run.summary().conservation();
        assertThat(conservation.count(Fate.DELIVERED)).isEqualTo(36);
        assertThat(conservation.count(Fate.LOST)).isZero();
        assertThat(conservation.count(Fate.DUPLICATED)).isZero();
        assertThat(conservation.count(Fate.NDR)).isZero();
        assertThat(conservation.count(Fate.QUEUED)).isZero();
        assertThat(conservation.passed()).isTrue();

        assertThat(run.all(LedgerEvent.TransferFailed.class)).isNotEmpty().allSatisfy(f -> {
            assertThat(f.queue()).isEqualTo(CONNECTOR);
            assertThat(f.at()).isBetween(Duration.ofHours(1), Duration.ofHours(2));
        });
        assertThat(run.all(LedgerEvent.TransferFailed.class)).extracting(LedgerEvent.TransferFailed::server)
                .as("both ends found the link down").contains("EX1", "EX2");
        assertThat(run.events("EX1", MtaEventLog.CONNECTOR_UNREACHABLE)).isNotEmpty();
        assertThat(run.events("EX2", MtaEventLog.CONNECTOR_UNREACHABLE)).isNotEmpty();
        assertThat(run.all(LedgerEvent.Delivered.class))
                .as("nothing crosses the cut link")
                .filteredOn(d -> d.at().compareTo(Duration.ofHours(1)) > 0 && d.at().compareTo(Duration.ofHours(2)) < 0)
                .isEmpty();

        // submitted while the link was down (10m ... 50m into the cut): held, then delivered after the restore
        for (int i = 8; i <= 12; i++) {
            for (String plan : new String[] {"east", "west"}) {
                MessageRecord held = run.message(plan + "-" + i);
                assertThat(held.fate()).as(held.trace()).isEqualTo(Fate.DELIVERED);
                assertThat(held.outcomeAt()).as(held.trace()).isGreaterThanOrEqualTo(Duration.ofHours(2));
                assertThat(run.hops(held.trace())).as(held.trace()).containsExactly(plan.equals("east")
                        ? "EX1/" + CONNECTOR + "->EX2:smtp" : "EX2/" + CONNECTOR + "->EX1:smtp");
            }
        }
        assertThat(run.summary().queues().values()).allSatisfy(views ->
                assertThat(views).allSatisfy(q -> assertThat(q.depth()).as(q.name()).isZero()));
    }
}
