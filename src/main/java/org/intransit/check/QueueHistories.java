package org.intransit.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.intransit.ledger.LedgerEvent;

/** Folds the ledger into every queue's {@link QueueHistory}, in order of first use; pure. */
public final class QueueHistories {

    private QueueHistories() {}

    public static Map<String, QueueHistory> of(List<LedgerEvent> ledger) {
        Map<String, Builder> builders = new LinkedHashMap<>();
        for (LedgerEvent event : ledger) {
            if (event instanceof LedgerEvent.Queued q) {
                builders.computeIfAbsent(q.server() + "/" + q.queue(), k -> new Builder(q.server(), q.queue())).move(q.at(), 1);
            } else if (event instanceof LedgerEvent.Transferred t) {
                Builder b = builders.computeIfAbsent(t.server() + "/" + t.queue(), k -> new Builder(t.server(), t.queue()));
                b.move(t.at(), -1);
                b.nextHop = t.toServer();
            } else if (event instanceof LedgerEvent.Dequeued d) {
                builders.computeIfAbsent(d.server() + "/" + d.queue(), k -> new Builder(d.server(), d.queue())).move(d.at(), -1);
            } else if (event instanceof LedgerEvent.TransferFailed f) {
                builders.computeIfAbsent(f.server() + "/" + f.queue(), k -> new Builder(f.server(), f.queue())).failures++;
            } else if (event instanceof LedgerEvent.FoundAtEnd f && f.kind() == LedgerEvent.Place.QUEUE) {
                builders.computeIfAbsent(f.server() + "/" + f.place(), k -> new Builder(f.server(), f.place())).found++;
            }
        }
        Map<String, QueueHistory> histories = new LinkedHashMap<>();
        builders.forEach((key, b) -> histories.put(key, b.build()));
        return histories;
    }

    private static final class Builder {
        private final String server;
        private final String queue;
        private final List<QueueHistory.Step> steps = new ArrayList<>();
        private int depth;
        private int found;
        private int failures;
        private String nextHop;

        Builder(String server, String queue) {
            this.server = server;
            this.queue = queue;
        }

        void move(Duration at, int change) {
            depth += change;
            QueueHistory.Step last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
            if (last != null && last.at().equals(at)) {
                steps.set(steps.size() - 1, new QueueHistory.Step(at, depth, Math.max(last.peak(), depth)));
            } else {
                steps.add(new QueueHistory.Step(at, depth, depth));
            }
        }

        QueueHistory build() {
            return new QueueHistory(server, queue, steps, found, nextHop, failures);
        }
    }
}
