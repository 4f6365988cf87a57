package org.intransit.junit;

import java.time.Duration;
import org.assertj.core.api.AbstractAssert;
import org.awaitility.core.ConditionTimeoutException;
import org.intransit.mta.MailQueue;

/**
 * Assertions on one queue of a running harness ({@link IntransitAssertions#queue}):
 * {@link #hasDepth} and {@link #isEmpty} read it now; {@link #drainedWithin} runs the clock on
 * (virtual) or waits (scaled) until it is empty.
 */
public final class QueueAssert extends AbstractAssert<QueueAssert, QueueProbe> {

    QueueAssert(QueueProbe queue) {
        super(queue, QueueAssert.class);
    }

    /** The queue holds exactly {@code depth} messages now. */
    public QueueAssert hasDepth(int depth) {
        isNotNull();
        MailQueue.QueueView view = actual.view();
        if (view.depth() != depth) {
            throwAssertionError(ShouldHaveDepth.shouldHaveDepth(actual.describe(), "have depth " + depth, view,
                    actual.harness().clock().now()));
        }
        return myself;
    }

    public QueueAssert isEmpty() {
        isNotNull();
        MailQueue.QueueView view = actual.view();
        if (view.depth() != 0) {
            throwAssertionError(ShouldHaveDepth.shouldHaveDepth(actual.describe(), "be empty", view,
                    actual.harness().clock().now()));
        }
        return myself;
    }

    /**
     * The queue becomes empty within {@code scenarioTime} from now; the clock is left at the
     * moment it did (virtual clock), or at the deadline when it did not.
     */
    public QueueAssert drainedWithin(Duration scenarioTime) throws InterruptedException {
        isNotNull();
        Duration from = actual.harness().clock().now();
        try {
            IntransitAwait.on(actual.harness()).atMost(scenarioTime).alias(actual.describe() + " drained")
                    .until(() -> actual.depth() == 0);
        } catch (ConditionTimeoutException timedOut) {
            Duration now = actual.harness().clock().now();
            throwAssertionError(ShouldHaveDepth.shouldHaveDepth(actual.describe(),
                    "be drained within " + scenarioTime + " (by " + from.plus(scenarioTime) + ")", actual.view(), now));
        }
        return myself;
    }
}
