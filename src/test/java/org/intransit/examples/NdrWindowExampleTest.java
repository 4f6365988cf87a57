package org.intransit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.intransit.junit.IntransitAssertions.assertThat;
import static org.intransit.junit.IntransitAssertions.mtaEvents;

import java.time.Duration;
import org.intransit.harness.Harness;
import org.intransit.junit.IntransitExtension;
import org.intransit.mta.MtaEventLog;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The NDR window after a cross-site move (KB 841659), on a scenario built in Java
 * ({@link NdrWindowScenario}). One run serves the class, so the tests read as one story in
 * order: stop at the commit and probe with ad-hoc mail, then run to the end and assert the
 * outcome table.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NdrWindowExampleTest {

    @RegisterExtension
    static final IntransitExtension INTRANSIT = IntransitExtension.forScenario(NdrWindowScenario.build());

    @Test
    @Order(1)
    void site1SendersShouldBounceAsSoonAsTheMoveCommits(Harness harness) throws InterruptedException {
        assertThat(harness.runUntil("move.alice.commit")).isTrue();

        harness.send("bob", "alice");
        harness.send("dave", "alice");
        harness.advance(Duration.ofMinutes(1));

        assertThat(harness).messages().from("bob").to("alice").submittedAfter("move.alice.commit")
                .allBounced().withStatus("5.1.1");
        assertThat(harness).messages().from("dave").to("alice").submittedAfter("move.alice.commit")
                .allDelivered();
    }

    @Test
    @Order(2)
    void bounceWindowShouldCloseWhenAliceReachesEachDirectory(Harness harness) throws InterruptedException {
        harness.runToEnd();

        assertThat(harness).messages().from("bob").to("alice")
                .submittedBetween("move.alice.commit", "replica.SITE1.alice").allBounced().withStatus("5.1.1");
        assertThat(harness).messages().from("carol").to("alice")
                .submittedBetween("move.alice.commit", "replica.SITE2.alice").allBounced().withStatus("5.1.1");
        assertThat(harness).messages().from("bob", "carol").to("alice").submittedAfter("move.alice.cleanup")
                .allDelivered().within(Duration.ofMinutes(1));
        assertThat(harness).messages().from("dave", "internet").to("alice").allDelivered();
        assertThat(mtaEvents(harness, "EX55A")).contains(MtaEventLog.NDR);
        assertThat(harness).noneLost();
    }
}
