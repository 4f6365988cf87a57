package org.intransit.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.intransit.check.ConservationCheck;
import org.intransit.check.ConservationResult;
import org.intransit.check.ExpectationCheck;
import org.intransit.check.Fate;
import org.intransit.check.MessageRecord;
import org.intransit.check.NdrWindows;
import org.intransit.check.QueueHistories;
import org.intransit.check.QueueHistory;
import org.intransit.check.Recoveries;
import org.intransit.ledger.LedgerEvent;
import org.intransit.mta.MailQueue;
import org.intransit.scenario.Scenario;

/**
 * Folds a finished ledger into a {@link RunSummary}: a pure function of the header, the scenario
 * and the history, so a run and {@code intransit report RUN_DIR} give the same files.
 */
public final class RunSummaries {

    private RunSummaries() {}

    public static RunSummary of(RunHeader header, Scenario scenario, List<LedgerEvent> ledger) {
        ConservationResult conservation = ConservationCheck.check(ledger);
        Map<String, Duration> timeline = timeline(ledger);
        Map<String, QueueHistory> queues = QueueHistories.of(ledger);
        return new RunSummary(header.scenario(), header.seed(), header.clockMode(), header.scale(),
                header.scenarioDuration(), header.scenarioReached(), header.wallSeconds(), header.interrupted(),
                conservation, ExpectationCheck.check(scenario, conservation.messages(), timeline, queues),
                timeline, views(queues, conservation.messages(), header.scenarioReached()), mtaEvents(ledger),
                NdrWindows.of(scenario, conservation.messages()), Recoveries.of(ledger, queues));
    }

    /** The first time of each named marker, in ledger order. */
    public static Map<String, Duration> timeline(List<LedgerEvent> ledger) {
        Map<String, Duration> markers = new LinkedHashMap<>();
        for (LedgerEvent event : ledger) {
            if (event instanceof LedgerEvent.Marker marker) {
                markers.putIfAbsent(marker.name(), marker.at());
            }
        }
        return markers;
    }

    private static Map<Integer, Long> mtaEvents(List<LedgerEvent> ledger) {
        Map<Integer, Long> counts = new TreeMap<>();
        for (LedgerEvent event : ledger) {
            if (event instanceof LedgerEvent.MtaEventLogged logged) {
                counts.merge(logged.id(), 1L, Long::sum);
            }
        }
        return counts;
    }

    private static Map<String, List<MailQueue.QueueView>> views(Map<String, QueueHistory> queues,
            List<MessageRecord> messages, Duration reached) {
        Map<String, List<MailQueue.QueueView>> byServer = new TreeMap<>();
        for (QueueHistory q : queues.values()) {
            List<MessageRecord> inQueue = messages.stream()
                    .filter(m -> m.fate() == Fate.QUEUED && q.server().equals(m.server()) && q.queue().equals(m.place()))
                    .toList();
            Duration oldest = inQueue.stream().map(MessageRecord::outcomeAt).filter(java.util.Objects::nonNull)
                    .min(Duration::compareTo).map(reached::minus).orElse(Duration.ZERO);
            byServer.computeIfAbsent(q.server(), s -> new ArrayList<>()).add(new MailQueue.QueueView(q.queue(), q.nextHop(),
                    q.finalDepth(), q.maxDepth(), oldest, q.failures(), inQueue.stream().map(MessageRecord::trace).toList()));
        }
        byServer.values().forEach(list -> list.sort(java.util.Comparator.comparing(MailQueue.QueueView::name)));
        return byServer;
    }
}
