package org.intransit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.awaitility.core.ConditionTimeoutException;
import org.intransit.check.Fate;
import org.intransit.check.MessageRecord;
import org.intransit.harness.Harness;
import org.intransit.scenario.ScenarioBuilder;
import org.intransit.scenario.ServerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On the scaled clock the same waits are Awaitility's, with scenario time divided by the scale
 * (here 60). One server, so the mail is delivered locally, without transfers whose wall-time
 * timeouts would cost minutes of scenario time.
 */
@Timeout(60)
class ScaledAwaitTest {

    @RegisterExtension
    static final IntransitExtension INTRANSIT = IntransitExtension.forScenario(ScenarioBuilder.named("scaled")
            .duration(Duration.ofHours(1))
            .organization("contoso.example")
            .site("HQ", site -> site.server("EX55A", ServerKind.EXCHANGE55))
            .mailbox("alice", "EX55A")
            .mailbox("bob", "EX55A")
            .build()).perMethod().timeScale(60);

    private static Fate fate(Harness harness, String trace) {
        return harness.messages().stream().filter(m -> m.trace().equals(trace)).map(MessageRecord::fate).findFirst()
                .orElse(Fate.INDETERMINATE);
    }

    @Test
    void untilShouldPollTheLiveRunWhenTheClockIsScaled(Harness harness) throws InterruptedException {
        String trace = harness.send("alice", "bob");

        IntransitAwait.on(harness).atMost(Duration.ofMinutes(10)).until(() -> fate(harness, trace) == Fate.DELIVERED);

        assertThat(harness.clock().now()).isGreaterThan(Duration.ZERO).isLessThan(Duration.ofMinutes(10));
    }

    @Test
    void awaitShouldConvertAtMostToWallTimeByTheScale(Harness harness) {
        assertThatThrownBy(() -> IntransitAwait.on(harness).atMost(Duration.ofMinutes(1)).conditionFactory()
                .until(() -> false))
                .isInstanceOf(ConditionTimeoutException.class)
                .hasMessageContaining("within 1 seconds");
    }
}
