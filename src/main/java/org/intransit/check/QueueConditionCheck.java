package org.intransit.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.intransit.scenario.ExpectationPlan;
import org.intransit.scenario.QueueCondition;

/**
 * Judges an expectation's queue condition against the queue's history: {@code drainedBy} holds
 * when the queue is empty at that point of the timeline, {@code maxDepth} when it never held
 * more. A queue that never held a message is empty throughout (the detail says so, since a
 * misspelt queue name looks the same).
 */
final class QueueConditionCheck {

    private QueueConditionCheck() {}

    static ExpectationVerdict judge(ExpectationPlan plan, Map<String, Duration> timeline, Map<String, QueueHistory> queues) {
        QueueCondition condition = plan.queue();
        String key = condition.server() + "/" + condition.queue();
        QueueHistory history = queues.get(key);
        List<String> findings = new ArrayList<>();
        boolean passed = true;
        if (history == null) {
            findings.add("queue " + key + " never held a message");
        }
        if (condition.drainedBy() != null) {
            Duration by = ExpectationCheck.resolve(condition.drainedBy(), timeline, null);
            if (by == null) {
                return new ExpectationVerdict(plan.name(), false,
                        "timeline marker " + ExpectationCheck.name(condition.drainedBy()) + " never happened", List.of());
            }
            int depth = history == null ? 0 : history.depthAt(by);
            passed &= depth == 0;
            findings.add("queue " + key + (depth == 0 ? " was empty at " + by : " still held " + depth + " at " + by));
        }
        if (condition.maxDepth() != null) {
            int max = history == null ? 0 : history.maxDepth();
            passed &= max <= condition.maxDepth();
            findings.add("queue " + key + " held at most " + max + " (limit " + condition.maxDepth() + ")");
        }
        return new ExpectationVerdict(plan.name(), passed, String.join("; ", findings), List.of());
    }
}
