package org.intransit.check;

import java.time.Duration;
import java.util.List;

/**
 * One queue's depth over scenario time, folded from the ledger: each step is the depth after
 * every record at that time ({@code Queued} +1; {@code Transferred} and {@code Dequeued} −1).
 *
 * @param steps the depth from each step's time on, in time order
 * @param finalDepth what the final read found in the queue
 * @param nextHop the server it drained to, when a transfer says so; {@code null} otherwise
 * @param failures transfer attempts from this queue that failed
 */
public record QueueHistory(String server, String queue, List<Step> steps, int finalDepth, String nextHop, int failures) {

    public QueueHistory {
        steps = List.copyOf(steps);
    }

    /**
     * The depth from {@code at} on, and the most it held during that instant: on the virtual
     * clock a burst can enter and leave a queue within one instant.
     */
    public record Step(Duration at, int depth, int peak) {}

    /** The most messages the queue held at once, bursts within one instant included. */
    public int maxDepth() {
        return steps.stream().mapToInt(Step::peak).max().orElse(0);
    }

    /** The depth after everything that happened at or before {@code at}. */
    public int depthAt(Duration at) {
        int depth = 0;
        for (Step step : steps) {
            if (step.at().compareTo(at) > 0) {
                break;
            }
            depth = step.depth();
        }
        return depth;
    }

    /** {@code server/queue}, the key queues are known by in reports. */
    public String key() {
        return server + "/" + queue;
    }
}
