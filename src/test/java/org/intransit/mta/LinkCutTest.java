package org.intransit.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.intransit.check.Fate;
import org.intransit.ledger.LedgerEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A link cut for two hours: the messages wait on open retries every 10 minutes, then drain. */
@Timeout(90)
class LinkCutTest {

    private static final String SCENARIO = """
            name: link-cut
            duration: 5h
            organization: { smtpDomain: contoso.example }
            sites:
              - { name: SITE1, servers: [ { name: EX55A, kind: exchange55 } ] }
              - { name: SITE2, servers: [ { name: EX55C, kind: exchange55 } ] }
            connectors:
              - { name: X400-1, kind: x400, between: [EX55A, EX55C], password: s3cret }
            mailboxes:
              - { alias: bob, server: EX55A }
              - { alias: carol, server: EX55C }
            traffic:
              - { name: mail, from: bob, to: carol, every: 5m, until: 4h }
            events:
              - { at: 1h, cutLink: [EX55A, EX55C] }
              - { at: 3h, restoreLink: [EX55A, EX55C] }
            """;

    @Test
    void queueShouldRetryEveryTenMinutesAndDrainAfterRestoreWithNothingLostOrDuplicated() throws Exception {
        HarnessRun run = HarnessRun.of(SCENARIO);

        assertThat(run.summary().conservation().count(Fate.LOST)).isZero();
        assertThat(run.summary().conservation().count(Fate.DUPLICATED)).isZero();
        assertThat(run.summary().conservation().count(Fate.DELIVERED)).isEqualTo(48);
        var failures = run.all(LedgerEvent.TransferFailed.class).stream().map(LedgerEvent::at).distinct().sorted().toList();
        assertThat(failures).isNotEmpty().allSatisfy(at -> assertThat(at).isBetween(Duration.ofHours(1), Duration.ofHours(3)));
        for (int i = 1; i < failures.size(); i++) {
            assertThat(failures.get(i).minus(failures.get(i - 1))).as("open retry interval").isEqualTo(Duration.ofMinutes(10));
        }
        assertThat(run.all(LedgerEvent.Delivered.class)).filteredOn(d -> d.at().compareTo(Duration.ofHours(1)) > 0
                        && d.at().compareTo(Duration.ofHours(3)) < 0).isEmpty();
        assertThat(run.summary().queues().get("EX55A")).allSatisfy(q -> assertThat(q.depth()).isZero());
        assertThat(run.summary().recoveries()).filteredOn(r -> r.kind().equals("link")).singleElement().satisfies(r -> {
            assertThat(r.cause()).isEqualTo("link.EX55A-EX55C.down");
            assertThat(r.at()).isEqualTo(Duration.ofHours(1));
            assertThat(r.recoveredAt()).isBetween(Duration.ofHours(3), Duration.ofHours(3).plusMinutes(10));
        });
    }
}
