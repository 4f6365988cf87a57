package org.intransit.examples;

import static org.intransit.junit.IntransitAssertions.assertThat;
import static org.intransit.junit.IntransitAssertions.mtaEvents;
import static org.intransit.junit.IntransitAssertions.queue;

import org.intransit.harness.Harness;
import org.intransit.junit.IntransitTest;
import org.intransit.mta.MtaEventLog;
import org.junit.jupiter.api.Test;

/**
 * The stuck RPC queue, from the built-in scenario file: SITE1 and SITE2 share only an X.400
 * connector and no service account, so the mail held while alice is in transit is released onto
 * the RPC queue named after her new server (EX03B), where every bind fails with event 9318, while
 * mail sent after the move flows over X.400.
 */
@IntransitTest(scenario = "harness-config/x400-rpc-queue-stuck.yaml")
class StuckRpcQueueExampleTest {

    @Test
    void heldMailShouldStayOnTheRpcQueueNamedAfterTheTargetServer(Harness harness) throws InterruptedException {
        harness.runToEnd();

        assertThat(harness).messages().to("alice").submittedBetween("move.alice.in-transit", "move.alice.commit")
                .hasSize(20)
                .allQueued().on("EX55A", "EX03B");
        assertThat(queue(harness, "EX55A", "EX03B")).hasDepth(20);
        assertThat(mtaEvents(harness, "EX55A")).contains(MtaEventLog.RPC_BIND_DENIED);
        assertThat(harness).messages().to("alice").submittedAfter("move.alice.commit").allDelivered();
        assertThat(harness).noneLost();
    }
}
