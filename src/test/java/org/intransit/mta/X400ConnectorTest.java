package org.intransit.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.intransit.check.Fate;
import org.intransit.ledger.LedgerEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(90)
class X400ConnectorTest {

    private static String scenario(String presented, String events) {
        return """
                name: x400
                duration: 3h
                organization: { smtpDomain: contoso.example }
                sites:
                  - { name: SITE1, servers: [ { name: EX55A, kind: exchange55 } ] }
                  - { name: SITE2, servers: [ { name: EX55C, kind: exchange55 } ] }
                connectors:
                  - { name: X400-1, kind: x400, between: [EX55A, EX55C], password: s3cret, presentedPassword: %s }
                mailboxes:
                  - { alias: bob, server: EX55A }
                  - { alias: carol, server: EX55C }
                traffic:
                  - { name: mail, from: bob, to: carol, every: 15m, until: 1h }
                %s
                """.formatted(presented, events);
    }

    @Test
    void x400ConnectorShouldDeliverAcrossSitesWhenThePasswordIsRight() throws Exception {
        HarnessRun run = HarnessRun.of(scenario("s3cret", ""));

        assertThat(run.summary().conservation().count(Fate.DELIVERED)).isEqualTo(4);
        assertThat(run.hops("mail-1")).containsExactly("EX55A/X400-1->EX55C:x400");
    }

    @Test
    void x400ConnectorShouldHoldMailUntilAnEventFixesTheWrongPassword() throws Exception {
        HarnessRun run = HarnessRun.of(scenario("typo", "events: [ { at: 2h, x400Password: { connector: X400-1, password: s3cret } } ]"));

        assertThat(run.events("EX55A", MtaEventLog.X400_BIND_REFUSED)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.text()).doesNotContain("s3cret").doesNotContain("typo"));
        assertThat(run.summary().conservation().count(Fate.DELIVERED)).isEqualTo(4);
        assertThat(run.all(LedgerEvent.Delivered.class))
                .allSatisfy(d -> assertThat(d.at()).isGreaterThanOrEqualTo(Duration.ofHours(2)));
    }
}
