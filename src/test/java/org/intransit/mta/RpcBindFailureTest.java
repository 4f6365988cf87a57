package org.intransit.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.intransit.check.Fate;
import org.intransit.directory.Recipient;
import org.intransit.directory.RecipientDirectory;
import org.intransit.directory.ScenarioDirectory;
import org.intransit.ledger.LedgerEvent;
import org.intransit.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The stuck RPC queue: an Exchange 5.5 server routes a stub of its own site to the RPC queue
 * named after the target server in another site; with different service accounts and no site
 * connector the bind fails with error 5 until a site connector (with an override account) is added.
 */
@Timeout(90)
class RpcBindFailureTest {

    private static final String SCENARIO = """
            name: rpc-bind
            duration: 4h
            organization: { smtpDomain: contoso.example }
            sites:
              - name: SITE1
                serviceAccount: CONTOSO\\svc-site1
                servers: [ { name: EX55A, kind: exchange55 } ]
              - name: SITE2
                serviceAccount: CONTOSO\\svc-site2
                servers: [ { name: EX03B, kind: exchange2003 } ]
            connectors:
              - { name: X400-1, kind: x400, between: [EX55A, EX03B], password: s3cret }
            mailboxes:
              - { alias: bob, server: EX55A }
              - { alias: alice, server: EX03B }
            traffic:
              - { name: held, from: bob, to: alice, at: 5m }
            events:
              - { at: 2h, addConnector: { name: SC-TEMP, kind: site, between: [EX55A, EX03B], overrideAccount: CONTOSO\\svc-site2 } }
            """;

    /** EX55A's directory still holds alice as a stub of SITE1, already homed on EX03B. */
    private static org.intransit.directory.Directories stubAtSite1(Scenario scenario) {
        RecipientDirectory plain = new ScenarioDirectory(scenario);
        RecipientDirectory site1 = address -> address.startsWith("alice@")
                ? Optional.of(new Recipient("alice", "Alice", "EX03B", "SITE1")) : plain.findBySmtpAddress(address);
        return (server, site, kind) -> server.equals("EX55A") ? site1 : plain;
    }

    @Test
    void rpcQueueShouldHoldMailWithEvent9318UntilASiteConnectorIsAdded() throws Exception {
        HarnessRun run = HarnessRun.of(SCENARIO, RpcBindFailureTest::stubAtSite1);

        assertThat(run.all(LedgerEvent.Queued.class)).filteredOn(q -> q.trace().equals("held-1"))
                .first().satisfies(q -> {
                    assertThat(q.server()).isEqualTo("EX55A");
                    assertThat(q.queue()).isEqualTo("EX03B");
                });
        assertThat(run.events("EX55A", MtaEventLog.RPC_BIND_DENIED)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.text()).contains("error code: 5"));
        assertThat(run.all(LedgerEvent.TransferFailed.class)).filteredOn(f -> f.trace().equals("held-1"))
                .allSatisfy(f -> assertThat(f.at()).isLessThan(java.time.Duration.ofHours(2)));
        assertThat(run.hops("held-1")).containsExactly("EX55A/EX03B->EX03B:rpc");
        assertThat(run.message("held-1").fate()).isEqualTo(Fate.DELIVERED);
        assertThat(run.message("held-1").server()).isEqualTo("EX03B");
        assertThat(run.all(LedgerEvent.Delivered.class)).singleElement()
                .satisfies(d -> assertThat(d.at()).isBetween(java.time.Duration.ofHours(2), java.time.Duration.ofMinutes(135)));
    }

    @Test
    void rpcQueueShouldStayStuckWithoutASiteConnector() throws Exception {
        HarnessRun run = HarnessRun.of(SCENARIO.substring(0, SCENARIO.indexOf("events:")), RpcBindFailureTest::stubAtSite1);

        assertThat(run.message("held-1").fate()).isEqualTo(Fate.QUEUED);
        assertThat(run.message("held-1").place()).isEqualTo("EX03B");
        assertThat(run.summary().queues().get("EX55A")).anySatisfy(q -> {
            assertThat(q.name()).isEqualTo("EX03B");
            assertThat(q.depth()).isEqualTo(1);
            assertThat(q.openFailures()).isGreaterThanOrEqualTo(20);
        });
        assertThat(run.summary().mtaEvents()).containsKey(MtaEventLog.RPC_BIND_DENIED);
    }
}
