package org.intransit.move;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.intransit.check.Fate;
import org.intransit.check.MessageRecord;
import org.intransit.check.NdrWindow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** {@code harness-config/kb841659-ndr-window.yaml}: its outcome table, asserted through the ledger. */
@Timeout(120)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NdrWindowScenarioTest {

    private BuiltInScenarioRun run;

    @BeforeAll
    void runScenario() throws Exception {
        run = BuiltInScenarioRun.of("kb841659-ndr-window");
    }

    private static Duration h(long hours, long minutes) {
        return Duration.ofHours(hours).plusMinutes(minutes);
    }

    @Test
    void timelineShouldShowTheMovePhasesAndReplicaArrivalsInOrder() {
        assertThat(run.marker("move.alice.in-transit")).isEqualTo(h(2, 0));
        assertThat(run.marker("move.alice.commit")).isEqualTo(h(2, 21));
        assertThat(run.marker("move.alice.release")).isEqualTo(h(2, 21));
        assertThat(run.marker("replica.SITE2.alice")).as("the next ADC run for SITE2").isEqualTo(h(2, 25));
        assertThat(run.marker("replica.SITE1.alice")).as("the next directory replication").isEqualTo(h(3, 0));
        assertThat(run.marker("move.alice.cleanup")).isEqualTo(h(3, 0));
    }

    @Test
    void site1FiveFiveSendersShouldBounceExactlyBetweenCommitAndTheArrivalInSite1() {
        Duration commit = run.marker("move.alice.commit");
        Duration arrival = run.marker("replica.SITE1.alice");
        List<MessageRecord> bob = run.from("bob", "alice");
        assertThat(bob).isNotEmpty().allSatisfy(m -> {
            boolean inWindow = m.submittedAt().compareTo(commit) >= 0 && m.submittedAt().compareTo(arrival) < 0;
            assertThat(m.fate()).as(m.trace() + " at " + m.submittedAt()).isEqualTo(inWindow ? Fate.NDR : Fate.DELIVERED);
            if (inWindow) {
                assertThat(m.status()).isEqualTo("5.1.1");
                assertThat(m.server()).as("bounced by the server whose directory holds the stub").isEqualTo("EX55A");
            }
        });
    }

    @Test
    void site2FiveFiveSendersShouldBounceUntilTheAdcCreatesAliceInSite2() {
        Duration commit = run.marker("move.alice.commit");
        Duration arrival = run.marker("replica.SITE2.alice");
        assertThat(run.from("carol", "alice")).isNotEmpty().allSatisfy(m -> {
            boolean inWindow = m.submittedAt().compareTo(commit) >= 0 && m.submittedAt().compareTo(arrival) < 0;
            assertThat(m.fate()).as(m.trace() + " at " + m.submittedAt()).isEqualTo(inWindow ? Fate.NDR : Fate.DELIVERED);
        });
    }

    @Test
    void sendersResolvingThroughAdShouldNeverBeBounced() {
        assertThat(run.from("dave", "alice")).isNotEmpty().allSatisfy(m -> assertThat(m.fate()).isEqualTo(Fate.DELIVERED));
        assertThat(run.from("internet", "alice")).isNotEmpty().allSatisfy(m -> assertThat(m.fate()).isEqualTo(Fate.DELIVERED));
    }

    @Test
    void everyNdrShouldReachItsSenderAndNothingShouldBeLost() {
        assertThat(run.summary().conservation().passed()).isTrue();
        run.to("alice").stream().filter(m -> m.fate() == Fate.NDR).forEach(m -> {
            MessageRecord ndr = run.summary().conservation().messages().stream()
                    .filter(n -> n.trace().equals(m.ndrTrace())).findFirst().orElseThrow();
            assertThat(ndr.fate()).isEqualTo(Fate.DELIVERED);
            assertThat(ndr.place()).isEqualTo(m.from());
        });
        assertThat(run.summary().expectations()).allSatisfy(e -> assertThat(e.passed()).as(e.name() + ": " + e.detail()).isTrue());
    }

    @Test
    void reportShouldGiveTheWindowPerSenderSite() {
        assertThat(run.summary().ndrWindows()).extracting(NdrWindow::senderSite, NdrWindow::firstBounced, NdrWindow::length)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SITE1", h(2, 22), Duration.ofMinutes(36)),
                        org.assertj.core.groups.Tuple.tuple("SITE2", h(2, 22), Duration.ofMinutes(2)));
    }

    @Test
    void slowerAdcScheduleShouldWidenTheWindowByAboutTheDifference() throws Exception {
        BuiltInScenarioRun slow = BuiltInScenarioRun.of("kb841659-ndr-window",
                yaml -> yaml.replace("{ site: SITE2, every: always }", "{ site: SITE2, every: 2h }"));

        NdrWindow fast = window(run, "SITE2");
        NdrWindow slower = window(slow, "SITE2");
        Duration widened = slower.length().minus(fast.length());
        assertThat(widened).as("2 h schedule instead of 5 min").isBetween(Duration.ofMinutes(90), Duration.ofMinutes(120));
        assertThat(slow.marker("replica.SITE2.alice")).isEqualTo(h(4, 0));
    }

    private static NdrWindow window(BuiltInScenarioRun run, String site) {
        return run.summary().ndrWindows().stream().filter(w -> w.senderSite().equals(site)).findFirst().orElseThrow();
    }
}
