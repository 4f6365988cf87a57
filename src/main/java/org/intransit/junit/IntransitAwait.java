package org.intransit.junit;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.ThrowingRunnable;
import org.intransit.harness.Harness;
import org.intransit.scenario.ClockMode;
import org.intransit.scenario.ClockPlan;

/**
 * Waits for a condition in scenario time, on either clock, with Awaitility's words:
 * <pre>{@code
 * IntransitAwait.on(harness).atMost(Duration.ofMinutes(10)).until(() -> queue.depth() == 0);
 * }</pre>
 * On the <b>virtual clock</b> nothing sleeps: the condition is evaluated, then the clock runs to
 * its next due task (every instant at which anything can change), until the condition holds or
 * the next task lies beyond {@code atMost}; the clock then stands at the moment the condition
 * first held. On the <b>scaled clock</b> this is Awaitility itself ({@link #conditionFactory()}),
 * with {@code atMost} and the poll interval divided by the scale; the clock is started if the
 * test has not run it yet. Either way a timeout is a {@link ConditionTimeoutException}.
 *
 * <p>Defaults: {@code atMost} is the rest of the scenario; the poll interval (scaled clock only)
 * is one second of scenario time. Instances are immutable, so a configured one can be shared.
 */
public final class IntransitAwait {

    private static final Duration DEFAULT_POLL = Duration.ofSeconds(1);
    private static final Duration SHORTEST_WALL_POLL = Duration.ofMillis(1);

    private final Harness harness;
    private final ClockPlan clock;
    private final Duration atMost;
    private final Duration pollInterval;
    private final String alias;

    private IntransitAwait(Harness harness, ClockPlan clock, Duration atMost, Duration pollInterval, String alias) {
        this.harness = Objects.requireNonNull(harness, "harness");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.atMost = atMost;
        this.pollInterval = pollInterval;
        this.alias = alias;
    }

    /** Waits on the clock the harness runs on (as the extension started it, or as its scenario says). */
    public static IntransitAwait on(Harness harness) {
        return new IntransitAwait(harness, RunClocks.of(harness), null, DEFAULT_POLL, null);
    }

    /** For a harness started outside the extension with a time scale its scenario does not have. */
    public static IntransitAwait on(Harness harness, ClockPlan clock) {
        return new IntransitAwait(harness, clock, null, DEFAULT_POLL, null);
    }

    /** Awaitility's own DSL, set to the harness's scale; only on the scaled clock. */
    public static ConditionFactory await(Harness harness) {
        return on(harness).conditionFactory();
    }

    /** The longest wait, in scenario time. */
    public IntransitAwait atMost(Duration scenarioTime) {
        return new IntransitAwait(harness, clock, positiveOrZero(scenarioTime), pollInterval, alias);
    }

    /** How often the scaled clock's wait evaluates the condition, in scenario time. */
    public IntransitAwait pollInterval(Duration scenarioTime) {
        return new IntransitAwait(harness, clock, atMost, positiveOrZero(scenarioTime), alias);
    }

    /** A name for the condition, shown when it times out. */
    public IntransitAwait alias(String name) {
        return new IntransitAwait(harness, clock, atMost, pollInterval, name);
    }

    public void until(Callable<Boolean> condition) throws InterruptedException {
        until(condition, Boolean.TRUE::equals);
    }

    /** Waits until {@code predicate} accepts what {@code supplier} gives, and returns that. */
    public <T> T until(Callable<T> supplier, Predicate<? super T> predicate) throws InterruptedException {
        if (clock.mode() == ClockMode.SCALED) {
            return conditionFactory().until(supplier, predicate);
        }
        return new VirtualStepper(harness, limit(), alias).until(supplier, predicate);
    }

    /** Waits until {@code assertion} stops throwing {@link AssertionError}; a timeout carries the last one. */
    public void untilAsserted(ThrowingRunnable assertion) throws InterruptedException {
        if (clock.mode() == ClockMode.SCALED) {
            conditionFactory().untilAsserted(assertion);
        } else {
            new VirtualStepper(harness, limit(), alias).untilAsserted(assertion);
        }
    }

    /** Awaitility's factory with this wait's settings in wall time; the scaled clock is started. */
    public ConditionFactory conditionFactory() {
        if (clock.mode() != ClockMode.SCALED) {
            throw new IllegalStateException("the harness of " + harness.scenario().name() + " runs on the virtual clock,"
                    + " where waiting steps the clock instead of sleeping; use IntransitAwait.on(harness).until(...)");
        }
        ScaledStart.ensure(harness);
        ConditionFactory factory = alias == null ? Awaitility.await() : Awaitility.await(alias);
        return factory.pollInSameThread().pollDelay(Duration.ZERO).pollInterval(wall(pollInterval)).atMost(wall(limit()));
    }

    private Duration limit() {
        if (atMost != null) {
            return atMost;
        }
        Duration rest = harness.scenario().duration().minus(harness.clock().now());
        return rest.isNegative() ? Duration.ZERO : rest;
    }

    private Duration wall(Duration scenarioTime) {
        Duration wall = Duration.ofNanos((long) Math.ceil(scenarioTime.toNanos() / clock.scale()));
        return wall.compareTo(SHORTEST_WALL_POLL) < 0 ? SHORTEST_WALL_POLL : wall;
    }

    private static Duration positiveOrZero(Duration scenarioTime) {
        if (scenarioTime == null || scenarioTime.isNegative()) {
            throw new IllegalArgumentException("expected a scenario time of zero or more but found " + scenarioTime);
        }
        return scenarioTime;
    }
}
