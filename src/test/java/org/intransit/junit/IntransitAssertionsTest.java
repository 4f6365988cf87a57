package org.intransit.junit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.intransit.junit.IntransitAssertions.assertThat;
import static org.intransit.junit.IntransitAssertions.mtaEvents;
import static org.intransit.junit.IntransitAssertions.queue;

import java.time.Duration;
import org.intransit.examples.NdrWindowScenario;
import org.intransit.harness.Harness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Failure messages on a finished NDR-window run: "Expecting <what> to <property> but
 * <evidence>", naming the offending trace ids with their outcomes. bob writes to alice every
 * two minutes; alice's move commits at PT2H21M and reaches SITE1's directory at PT3H.
 */
class IntransitAssertionsTest {

    @RegisterExtension
    static final IntransitExtension INTRANSIT = IntransitExtension.forScenario(NdrWindowScenario.build());

    private static final String WINDOW = "messages from bob to alice submitted between move.alice.commit (PT2H21M)"
            + " and replica.SITE1.alice (PT3H)";

    @BeforeAll
    static void runToEnd(Harness harness) throws InterruptedException {
        harness.runToEnd();
    }

    @Test
    void allDeliveredShouldNameTheBouncedMessagesWhenTheWindowBounced(Harness harness) {
        assertThatThrownBy(() -> assertThat(harness).messages().from("bob").to("alice")
                .submittedBetween("move.alice.commit", "replica.SITE1.alice").allDelivered())
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expecting " + WINDOW + " to be all delivered but 19 of 19 were not: "
                        + "everyone-writes-to-alice-")
                .hasMessageContaining(" (ndr 5.1.1 at PT2H22M by EX55A), ")
                .hasMessageEndingWith(", ... and 9 more");
    }

    @Test
    void allBouncedShouldNameTheDeliveredMessagesWhenTheWindowIsTooWide(Harness harness) {
        assertThatThrownBy(() -> assertThat(harness).messages().from("bob").to("alice")
                .submittedAfter("move.alice.commit").allBounced())
                .hasMessageMatching("Expecting messages from bob to alice submitted from move\\.alice\\.commit \\(PT2H21M\\)"
                        + " to be all bounced but (\\d+) of (\\d+) were not: everyone-writes-to-alice-\\d+"
                        + " \\(delivered at PT3H\\), .*");
    }

    @Test
    void withStatusShouldShowTheStatusEachBounceCarried(Harness harness) {
        assertThatThrownBy(() -> assertThat(harness).messages().from("bob").to("alice")
                .submittedBetween("move.alice.commit", "replica.SITE1.alice").allBounced().withStatus("5.4.0"))
                .hasMessageStartingWith("Expecting " + WINDOW + " to be all bounced with status 5.4.0 but 19 of 19 were"
                        + " not: everyone-writes-to-alice-")
                .hasMessageContaining("(ndr 5.1.1 at PT2H22M by EX55A)");
    }

    @Test
    void withinShouldShowHowLongTheHeldMailTook(Harness harness) {
        assertThatThrownBy(() -> assertThat(harness).messages().to("alice")
                .submittedBetween("move.alice.in-transit", "move.alice.commit").allDelivered().within(Duration.ofMinutes(5)))
                .hasMessageContaining("to be all delivered within PT5M but ")
                .hasMessageContaining("(delivered at PT2H21M, PT21M after submission)");
    }

    @Test
    void selectionShouldFailWhenItSelectsNothing(Harness harness) {
        assertThatThrownBy(() -> assertThat(harness).messages().from("zed").allDelivered())
                .hasMessageMatching("Expecting messages from zed to be all delivered but none was selected"
                        + " \\(\\d+ messages in the run so far\\)");
    }

    @Test
    void selectionShouldFailWhenItsMarkerHasNotHappened(Harness harness) {
        assertThatThrownBy(() -> assertThat(harness).messages().submittedBetween("move.alice.commit", "end").allBounced())
                .hasMessageStartingWith("Expecting timeline marker end to have happened by PT8H but it has not;"
                        + " markers so far: start, move.alice.in-transit, ");
    }

    @Test
    void hasSizeShouldListWhatWasSelected(Harness harness) {
        assertThatThrownBy(() -> assertThat(harness).messages().from("bob").to("alice")
                .submittedBetween("move.alice.commit", "replica.SITE1.alice").hasSize(18))
                .hasMessageStartingWith("Expecting " + WINDOW + " to number 18 but there were 19: everyone-writes-to-alice-");
    }

    @Test
    void descriptionShouldComeFirstInBrackets(Harness harness) {
        assertThatThrownBy(() -> assertThat(harness).as("KB 841659").messages().from("bob").to("alice")
                .submittedBetween("move.alice.commit", "replica.SITE1.alice").allDelivered())
                .hasMessageStartingWith("[KB 841659] Expecting " + WINDOW);
    }

    @Test
    void hasDepthShouldSayWhatTheQueueHeldAndWhen(Harness harness) {
        assertThatThrownBy(() -> assertThat(queue(harness, "EX55A", "EX03B")).hasDepth(3))
                .hasMessage("Expecting queue EX03B on EX55A to have depth 3 but it held 0 at PT8H");
    }

    @Test
    void mtaEventsShouldListWhatWasLoggedInstead(Harness harness) {
        assertThatThrownBy(() -> assertThat(mtaEvents(harness, "EX55A")).contains(9318))
                .hasMessageMatching("Expecting MTA events of EX55A to contain 9318 but it logged only 290 \\(x\\d+\\)");
        assertThatThrownBy(() -> assertThat(mtaEvents(harness, "EX55A")).doesNotContain(290))
                .hasMessageStartingWith("Expecting MTA events of EX55A not to contain 290 but it logged 290 at PT2H22M: \"");
    }

    @Test
    void queueShouldRefuseAServerTheScenarioLacks(Harness harness) {
        assertThatThrownBy(() -> queue(harness, "EX99", "EX03B"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no server EX99 in scenario kb841659-ndr-window; expected one of [EX55A, EX55C, EX03B]");
    }
}
