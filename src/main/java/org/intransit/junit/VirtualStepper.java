package org.intransit.junit;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.ThrowingRunnable;
import org.intransit.clock.ScenarioClock;
import org.intransit.harness.Harness;

/**
 * Waiting on the virtual clock: evaluate, then run the clock to its next due task, until the
 * condition holds or nothing is due before the deadline. Since state changes only when a task
 * runs (and the clock returns only once the work it started is done), no instant at which the
 * condition could first hold is skipped.
 */
final class VirtualStepper {

    private final Harness harness;
    private final Duration atMost;
    private final String alias;

    VirtualStepper(Harness harness, Duration atMost, String alias) {
        this.harness = harness;
        this.atMost = atMost;
        this.alias = alias;
    }

    <T> T until(Callable<T> supplier, Predicate<? super T> predicate) throws InterruptedException {
        ScenarioClock clock = harness.clock();
        Duration from = clock.now();
        Duration deadline = from.plus(atMost);
        while (true) {
            T value = evaluate(supplier);
            if (predicate.test(value)) {
                return value;
            }
            Duration now = clock.now();
            Optional<Duration> next = clock.nextDue().filter(at -> at.compareTo(deadline) <= 0);
            if (next.isPresent()) {
                harness.runUntil(next.get().compareTo(now) < 0 ? now : next.get());
            } else if (now.compareTo(deadline) < 0) {
                harness.runUntil(deadline);
            } else {
                throw timeout(from, "last value: " + value, value instanceof Throwable t ? t : null);
            }
        }
    }

    void untilAsserted(ThrowingRunnable assertion) throws InterruptedException {
        until(() -> {
            try {
                assertion.run();
                return null;
            } catch (AssertionError failed) {
                return failed;
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable other) {
                throw new IllegalStateException(other);
            }
        }, failed -> failed == null);
    }

    private ConditionTimeoutException timeout(Duration from, String lastSeen, Throwable cause) {
        String what = alias == null ? "Condition" : "Condition with alias '" + alias + "'";
        String message = what + " was not fulfilled within " + atMost + " of scenario time (from " + from + " to "
                + harness.clock().now() + "); " + (cause == null ? lastSeen : cause.getMessage());
        return cause == null ? new ConditionTimeoutException(message) : new ConditionTimeoutException(message, cause);
    }

    private static <T> T evaluate(Callable<T> supplier) {
        try {
            return supplier.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the condition threw " + e, e);
        }
    }
}
