package org.intransit.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.intransit.check.Fate;
import org.intransit.ledger.LedgerEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A blackholed link answers nothing: each attempt ends after the connect timeout in scenario
 * time (a clock task, not a wait on a socket), the queue retries, and mail flows once the link
 * is up again.
 */
@Timeout(30)
class LinkBlackholeTest {

    private static final String SCENARIO = """
            name: blackhole
            duration: 4h
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
              - { name: mail, from: bob, to: carol, every: 10m, until: 3h }
            events:
              - { at: 1h, blackhole: [EX55A, EX55C] }
              - { at: 2h, restoreLink: [EX55A, EX55C] }
            """;

    @Test
    void blackholedLinkShouldTimeOutInScenarioTimeAndDrainAfterRestore() throws Exception {
        HarnessRun run = HarnessRun.of(SCENARIO);

        assertThat(run.summary().conservation().count(Fate.DELIVERED)).isEqualTo(18);
        assertThat(run.summary().conservation().passed()).isTrue();
        var failures = run.all(LedgerEvent.TransferFailed.class);
        assertThat(failures).isNotEmpty().allSatisfy(f -> {
            assertThat(f.reason()).contains("no answer from EX55C within PT1M15S");
            assertThat(f.at()).isBetween(Duration.ofHours(1), Duration.ofHours(2).plusMinutes(15));
        });
        assertThat(failures.get(0).at()).isEqualTo(Duration.ofHours(1).plusSeconds(75));
        assertThat(run.all(LedgerEvent.Delivered.class)).filteredOn(d -> d.at().compareTo(Duration.ofHours(1)) > 0
                && d.at().compareTo(Duration.ofHours(2)) < 0).isEmpty();
        assertThat(run.events("EX55A", MtaEventLog.CONNECTOR_UNREACHABLE)).isNotEmpty();
    }
}
