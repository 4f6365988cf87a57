package org.intransit.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns what an {@link ExpectationBuilder} collected into the records a file gives: the time
 * points read as the loader reads them (knowing the markers the scenario can write), each record
 * placed at its document path for the validators.
 */
final class ExpectationParts {

    private final BuilderPlaces places;
    private final String path;
    private final Set<String> markers;

    ExpectationParts(BuilderPlaces places, String path, Set<String> markers) {
        this.places = places;
        this.path = path;
        this.markers = markers;
    }

    ExpectationPlan expectation(ExpectationBuilder parts) {
        if (parts.outcome == null && parts.queueServer == null) {
            throw places.fail(path, "missing key \"outcome\" or \"queue\"; expected outcome, queue, or both");
        }
        if (parts.outcome == null && !parts.messageKeys.isEmpty()) {
            String key = parts.messageKeys.get(0);
            throw places.fail(Where.child(path, key), "key " + Suggest.quote(key) + " applies only with outcome;"
                    + " expected an outcome next to it, or no " + key);
        }
        ExpectationPlan plan = new ExpectationPlan(parts.name, selector(parts), parts.outcome, parts.status,
                parts.count, parts.fraction, parts.within, queue(parts));
        return places.record(plan, path, "name");
    }

    private Selector selector(ExpectationBuilder parts) {
        String select = Where.child(path, "select");
        String window = Where.child(select, "submitted");
        TimeRef after = parts.submittedFrom == null ? null : time(parts.submittedFrom, window + "[0]");
        TimeRef before = parts.submittedTo == null ? null : time(parts.submittedTo, window + "[1]");
        Selector selector = new Selector(parts.from, parts.to, after, before, parts.senderSites, parts.senderKinds);
        List<String> keys = new ArrayList<>(List.of("submitted[0]", "submitted[1]"));
        items(keys, "from", parts.from);
        items(keys, "to", parts.to);
        items(keys, "senderSite", parts.senderSites);
        return places.record(selector, select, keys.toArray(String[]::new));
    }

    private QueueCondition queue(ExpectationBuilder parts) {
        if (parts.queueServer == null) {
            if (parts.drainedBy != null || parts.maxDepth != null) {
                throw places.fail(Where.child(path, "queue"), "expected queue(server, name) before drainedBy or maxDepth");
            }
            return null;
        }
        String queue = Where.child(path, "queue");
        if (parts.drainedBy == null && parts.maxDepth == null) {
            throw places.fail(queue, "missing key \"drainedBy\" or \"maxDepth\"; expected drainedBy, maxDepth, or both");
        }
        TimeRef drainedBy = parts.drainedBy == null ? null : time(parts.drainedBy, Where.child(queue, "drainedBy"));
        QueueCondition condition = new QueueCondition(parts.queueServer, parts.queueName, drainedBy, parts.maxDepth);
        return places.record(condition, queue, "server", "drainedBy");
    }

    private TimeRef time(String text, String at) {
        return places.run(() -> TimelineReader.timeRef(places.field(text, at), markers));
    }

    private static void items(List<String> keys, String key, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            keys.add(key + "[" + i + "]");
        }
    }
}
