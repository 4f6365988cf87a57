package org.intransit.mta;

import static org.assertj.core.api.Assertions.assertThat;

import org.intransit.check.Fate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Intra-site RPC, inter-site connectors and the GWART's choice between them, over real sockets. */
@Timeout(90)
class ConnectorRoutingTest {

    private static final String TWO_SITES = """
            name: two-sites
            duration: 3h
            organization: { smtpDomain: contoso.example }
            sites:
              - name: SITE1
                serviceAccount: CONTOSO\\svc-site1
                servers:
                  - { name: EX1, kind: exchange55 }
                  - { name: EX2, kind: exchange55 }
              - name: SITE2
                serviceAccount: CONTOSO\\svc-site2
                servers:
                  - { name: EX3, kind: exchange55 }
                  - { name: EX4, kind: exchange55 }
            connectors:
              - { name: X400-CHEAP, kind: x400, between: [EX1, EX3], cost: 1, password: s3cret }
              - { name: SMTP-DEAR, kind: smtp, between: [EX1, EX4], cost: 10 }
            mailboxes:
              - { alias: alice, server: EX2 }
              - { alias: erin, server: EX3 }
            traffic:
              - { name: before, from: alice, to: erin, every: 10m, until: 1h }
              - { name: after, from: alice, to: erin, start: 1h30m, every: 10m, until: 2h30m }
            events:
              - { at: 1h, cutLink: [EX1, EX3] }
            """;

    @Test
    void routerShouldUseRpcInsideASiteAndTheCheaperConnectorBetweenSites() throws Exception {
        HarnessRun run = HarnessRun.of(TWO_SITES);

        assertThat(run.hops("before-1")).containsExactly("EX2/EX1->EX1:rpc", "EX1/X400-CHEAP->EX3:x400");
        assertThat(run.message("before-1").fate()).isEqualTo(Fate.DELIVERED);
        assertThat(run.message("before-1").server()).isEqualTo("EX3");
    }

    @Test
    void routerShouldMoveTrafficToTheOtherConnectorWhenTheCheaperOneIsDown() throws Exception {
        HarnessRun run = HarnessRun.of(TWO_SITES);

        for (int i = 1; i <= 6; i++) {
            String trace = "after-" + i;
            assertThat(run.message(trace).fate()).as(trace).isEqualTo(Fate.DELIVERED);
            assertThat(run.hops(trace)).as(trace).contains("EX1/SMTP-DEAR->EX4:smtp", "EX4/EX3->EX3:rpc")
                    .doesNotContain("EX1/X400-CHEAP->EX3:x400");
        }
        assertThat(run.summary().conservation().passed()).isTrue();
        assertThat(run.events("EX1", MtaEventLog.CONNECTOR_UNREACHABLE)).isNotEmpty();
    }
}
