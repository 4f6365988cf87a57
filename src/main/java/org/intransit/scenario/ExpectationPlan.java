package org.intransit.scenario;

import java.time.Duration;

/**
 * A named expectation about the messages a selector picks, about a queue, or both.
 *
 * @param outcome the outcome the selected messages must have, or {@code null} for a queue-only
 *     expectation
 * @param status an RFC 3463 status the messages must carry ({@code 5.1.1}), or {@code null}
 * @param count the exact number of selected messages expected, or {@code null}
 * @param fraction the least share of selected messages with the outcome (1.0 = all, the default)
 * @param within a latency bound from submission to outcome, or {@code null}
 * @param queue a queue condition, or {@code null}
 */
public record ExpectationPlan(
        String name, Selector select, Outcome outcome, String status, Integer count, double fraction, Duration within,
        QueueCondition queue) {

    /** A message expectation without a queue condition. */
    public ExpectationPlan(String name, Selector select, Outcome outcome, String status, Integer count, double fraction,
            Duration within) {
        this(name, select, outcome, status, count, fraction, within, null);
    }
}
