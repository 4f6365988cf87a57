package org.intransit.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.intransit.check.Fate;
import org.intransit.ledger.LedgerEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The GWART's last filter: two connectors equal on every rule (same cost, both from the local
 * bridgehead, neither failing) take turns, so traffic towards the other site spreads over both.
 */
@Timeout(90)
class GwartTieTest {

    private static final int MESSAGES = 12;

    private static final String TIE = """
            name: gwart-tie
            duration: 3h
            organization: { smtpDomain: contoso.example }
            sites:
              - name: SITE1
                servers: [ { name: EX1, kind: exchange55 } ]
              - name: SITE2
                servers:
                  - { name: EX3, kind: exchange55 }
                  - { name: EX4, kind: exchange55 }
                  - { name: EX5, kind: exchange55 }
            connectors:
              - { name: X400-A, kind: x400, between: [EX1, EX3], cost: 5, password: s3cret }
              - { name: X400-B, kind: x400, between: [EX1, EX4], cost: 5, password: s3cret }
            mailboxes:
              - { alias: alice, server: EX1 }
              - { alias: erin, server: EX5 }
            traffic:
              - { name: tie, from: alice, to: erin, every: 10m, until: 2h }
            """;

    @Test
    void gwartShouldSpreadTrafficOverTwoEqualCostConnectors() throws Exception {
        HarnessRun run = HarnessRun.of(TIE);

        assertThat(run.summary().conservation().count(Fate.DELIVERED)).isEqualTo(MESSAGES);
        assertThat(run.summary().conservation().passed()).isTrue();

        List<LedgerEvent.Transferred> crossings = run.all(LedgerEvent.Transferred.class).stream()
                .filter(t -> t.server().equals("EX1")).toList();
        assertThat(crossings).hasSize(MESSAGES).allSatisfy(t -> assertThat(t.transport()).isEqualTo("x400"));
        Map<String, Long> perConnector = crossings.stream()
                .collect(Collectors.groupingBy(LedgerEvent.Transferred::queue, Collectors.counting()));
        assertThat(perConnector).as("messages per connector queue at EX1").containsOnlyKeys("X400-A", "X400-B");
        assertThat(perConnector.values()).allSatisfy(n -> assertThat(n).isPositive().isLessThan(MESSAGES));
        assertThat(crossings).allSatisfy(t -> assertThat(t.toServer())
                .isEqualTo(t.queue().equals("X400-A") ? "EX3" : "EX4"));
    }

    @Test
    void messagesTakingEitherConnectorShouldReachTheMailboxOverRpcInsideTheOtherSite() throws Exception {
        HarnessRun run = HarnessRun.of(TIE);

        for (int i = 1; i <= MESSAGES; i++) {
            String trace = "tie-" + i;
            assertThat(run.message(trace).fate()).as(trace).isEqualTo(Fate.DELIVERED);
            assertThat(run.message(trace).place()).as(trace).isEqualTo("erin");
            assertThat(run.hops(trace)).as(trace).isIn(
                    List.of("EX1/X400-A->EX3:x400", "EX3/EX5->EX5:rpc"),
                    List.of("EX1/X400-B->EX4:x400", "EX4/EX5->EX5:rpc"));
        }
    }
}
