package org.intransit.junit;

import java.time.Duration;
import java.util.List;
import org.intransit.mta.MailQueue;

/**
 * {@code Expecting queue EX03B on EX55A to have depth 3 but it held 20 at PT12H: bob-alice-3,
 * ...}, and the same for {@code be empty} and {@code be drained within PT10M (by PT6H15M)}.
 */
final class ShouldHaveDepth extends IntransitMessage {

    private final String queue;
    private final String property;
    private final MailQueue.QueueView view;
    private final Duration at;

    private ShouldHaveDepth(String queue, String property, MailQueue.QueueView view, Duration at) {
        this.queue = queue;
        this.property = property;
        this.view = view;
        this.at = at;
    }

    static ShouldHaveDepth shouldHaveDepth(String queue, String property, MailQueue.QueueView view, Duration at) {
        return new ShouldHaveDepth(queue, property, view, at);
    }

    @Override
    String text() {
        List<String> traces = view.traces();
        String shown = String.join(", ", traces.subList(0, Math.min(traces.size(), Evidence.SHOWN)))
                + (traces.size() > Evidence.SHOWN ? ", ... and " + (traces.size() - Evidence.SHOWN) + " more" : "");
        String retries = view.openFailures() == 0 ? "" : " after " + Evidence.count(view.openFailures(), "failed open");
        return "Expecting " + queue + " to " + property + " but it held " + view.depth() + " at " + at + retries
                + (traces.isEmpty() ? "" : ": " + shown);
    }
}
