package org.intransit.examples;

import static org.intransit.junit.IntransitAssertions.assertThat;
import static org.intransit.junit.IntransitAssertions.mtaEvents;
import static org.intransit.junit.IntransitAssertions.queue;
import static org.intransit.scenario.ConnectorKind.SITE;

import java.time.Duration;
import org.intransit.harness.Harness;
import org.intransit.junit.IntransitTest;
import org.intransit.junit.IntransitTest.Lifecycle;
import org.intransit.mta.MtaEventLog;
import org.intransit.scenario.ScenarioActions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The workaround for the stuck RPC queue, fired from the test: six hours in, a temporary site
 * connector is added between the sites. With an override account the target site trusts, the
 * next open retry binds and the queue drains; with the caller's own account it stays stuck.
 * Each test gets a fresh run of the built-in scenario ({@code PER_METHOD}).
 */
@IntransitTest(scenario = "harness-config/x400-rpc-queue-stuck.yaml", lifecycle = Lifecycle.PER_METHOD)
class SiteConnectorWorkaroundExampleTest {

    private static final Duration SIX_HOURS_IN = Duration.ofHours(6).plusMinutes(5);
    private static final Duration OPEN_RETRY_INTERVAL = Duration.ofMinutes(10);

    @BeforeEach
    void runUntilTheHeldMailIsStuck(Harness harness) throws InterruptedException {
        harness.runUntil(SIX_HOURS_IN);
        assertThat(queue(harness, "EX55A", "EX03B")).hasDepth(20);
    }

    @Test
    void siteConnectorWithOverrideAccountShouldDrainTheQueueAtTheNextOpenRetry(Harness harness)
            throws InterruptedException {
        harness.fire(ScenarioActions.addConnector("SC-TEMP", SITE, "EX55A", "EX55C",
                connector -> connector.overrideAccount("CONTOSO\\svc-site2").cost(5)));

        assertThat(queue(harness, "EX55A", "EX03B")).drainedWithin(OPEN_RETRY_INTERVAL);
        assertThat(harness).messages().to("alice").submittedBetween("move.alice.in-transit", "move.alice.commit")
                .allDelivered();
    }

    @Test
    void siteConnectorWithoutOverrideAccountShouldLeaveTheQueueStuck(Harness harness) throws InterruptedException {
        harness.fire(ScenarioActions.addConnector("SC-TEMP", SITE, "EX55A", "EX55C"));
        harness.advance(OPEN_RETRY_INTERVAL.multipliedBy(3));

        assertThat(queue(harness, "EX55A", "EX03B")).hasDepth(20);
        assertThat(mtaEvents(harness, "EX55A")).contains(MtaEventLog.RPC_BIND_DENIED);
    }
}
