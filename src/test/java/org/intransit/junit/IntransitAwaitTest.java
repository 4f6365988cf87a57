package org.intransit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.awaitility.core.ConditionTimeoutException;
import org.intransit.harness.Harness;
import org.intransit.ledger.LedgerEvent;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.ScenarioBuilder;
import org.intransit.scenario.ServerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Waiting in scenario time on the virtual clock (stepping it); the scaled clock has its own test. */
class IntransitAwaitTest {

    static final Scenario MOVE = ScenarioBuilder.named("await")
            .duration(Duration.ofHours(2))
            .organization("contoso.example")
            .site("HQ", site -> site.server("EX55A", ServerKind.EXCHANGE55).server("EX03B", ServerKind.EXCHANGE2003))
            .mailbox("alice", "EX55A")
            .mailbox("carol", "EX03B")
            .move("alice", "EX03B", Duration.ofHours(1), Duration.ofMinutes(7))
            .build();

    @RegisterExtension
    static final IntransitExtension INTRANSIT = IntransitExtension.forScenario(MOVE).perMethod();

    static boolean marked(Harness harness, String name) {
        return harness.ledger().snapshot().stream().anyMatch(e -> e instanceof LedgerEvent.Marker m && m.name().equals(name));
    }

    @Test
    void untilShouldLeaveTheVirtualClockWhereTheConditionFirstHeld(Harness harness) throws InterruptedException {
        IntransitAwait.on(harness).atMost(Duration.ofHours(2)).until(() -> marked(harness, "move.alice.commit"));

        assertThat(harness.clock().now()).isEqualTo(Duration.ofMinutes(67));
    }

    @Test
    void untilShouldTimeOutInScenarioTimeWhenTheConditionNeverHolds(Harness harness) {
        assertThatThrownBy(() -> IntransitAwait.on(harness).atMost(Duration.ofMinutes(30)).alias("alice moved")
                .until(() -> marked(harness, "move.alice.commit")))
                .isInstanceOf(ConditionTimeoutException.class)
                .hasMessage("Condition with alias 'alice moved' was not fulfilled within PT30M of scenario time"
                        + " (from PT0S to PT30M); last value: false");
        assertThat(harness.clock().now()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void untilAssertedShouldCarryTheLastAssertionErrorWhenItTimesOut(Harness harness) {
        assertThatThrownBy(() -> IntransitAwait.on(harness).atMost(Duration.ofMinutes(10))
                .untilAsserted(() -> assertThat(harness.clock().now()).as("now").isGreaterThan(Duration.ofHours(1))))
                .isInstanceOf(ConditionTimeoutException.class)
                .hasMessageStartingWith("Condition was not fulfilled within PT10M of scenario time (from PT0S to PT10M); [now]")
                .hasCauseInstanceOf(AssertionError.class);
    }

    @Test
    void untilShouldReturnTheAcceptedValue(Harness harness) throws InterruptedException {
        String trace = harness.send("alice", "carol");

        String delivered = IntransitAwait.on(harness).atMost(Duration.ofMinutes(1))
                .until(() -> harness.messages().stream().filter(m -> m.trace().equals(trace)).findFirst().orElseThrow(),
                        m -> m.fate() == org.intransit.check.Fate.DELIVERED).trace();

        assertThat(delivered).isEqualTo(trace);
    }

    @Test
    void conditionFactoryShouldPointToStepwiseWaitingOnTheVirtualClock(Harness harness) {
        assertThatThrownBy(() -> IntransitAwait.await(harness))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the harness of await runs on the virtual clock, where waiting steps the clock instead of"
                        + " sleeping; use IntransitAwait.on(harness).until(...)");
    }
}
