package org.intransit.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.intransit.ledger.LedgerEvent;

/**
 * Derives recovery times from a finished ledger; pure. Queue drains: each queue that failed
 * transfers and later transferred again, from the unblocking event to the next empty moment.
 * Link faults: each {@code link.A-B.down|blackhole|reset} marker to the first transfer between
 * A and B after the link's next {@code up}.
 */
public final class Recoveries {

    private Recoveries() {}

    public static List<Recovery> of(List<LedgerEvent> ledger, Map<String, QueueHistory> queues) {
        List<LedgerEvent.Marker> markers = ledger.stream().filter(LedgerEvent.Marker.class::isInstance)
                .map(LedgerEvent.Marker.class::cast).filter(m -> isEvent(m.name())).toList();
        List<Recovery> recoveries = new ArrayList<>();
        for (QueueHistory queue : queues.values()) {
            queueDrain(ledger, markers, queue).ifPresent(recoveries::add);
        }
        for (LedgerEvent.Marker fault : markers) {
            if (fault.name().startsWith("link.") && isFault(fault.name())) {
                recoveries.add(linkRecovery(ledger, markers, fault));
            }
        }
        return recoveries;
    }

    private static java.util.Optional<Recovery> queueDrain(List<LedgerEvent> ledger, List<LedgerEvent.Marker> markers,
            QueueHistory queue) {
        Duration firstFailure = null;
        for (LedgerEvent event : ledger) {
            if (event instanceof LedgerEvent.TransferFailed f && f.server().equals(queue.server())
                    && f.queue().equals(queue.queue()) && firstFailure == null) {
                firstFailure = f.at();
            } else if (event instanceof LedgerEvent.Transferred t && firstFailure != null
                    && t.server().equals(queue.server()) && t.queue().equals(queue.queue())) {
                Duration failedFrom = firstFailure;
                LedgerEvent.Marker cause = markers.stream()
                        .filter(m -> m.at().compareTo(failedFrom) >= 0 && m.at().compareTo(t.at()) <= 0)
                        .reduce((a, b) -> b).orElse(null);
                Duration from = cause == null ? failedFrom : cause.at();
                Duration empty = queue.steps().stream().filter(s -> s.at().compareTo(t.at()) >= 0 && s.depth() == 0)
                        .map(QueueHistory.Step::at).findFirst().orElse(null);
                return java.util.Optional.of(new Recovery("queue", queue.key(),
                        cause == null ? "retry" : cause.name(), from, empty));
            }
        }
        return java.util.Optional.empty();
    }

    private static Recovery linkRecovery(List<LedgerEvent> ledger, List<LedgerEvent.Marker> markers, LedgerEvent.Marker fault) {
        String pair = fault.name().substring("link.".length(), fault.name().lastIndexOf('.'));
        String[] ends = pair.split("-", 2);
        Duration restored = markers.stream()
                .filter(m -> m.name().equals("link." + pair + ".up") && m.at().compareTo(fault.at()) >= 0)
                .map(LedgerEvent.Marker::at).findFirst().orElse(null);
        Duration recovered = restored == null ? null : ledger.stream()
                .filter(e -> e instanceof LedgerEvent.Transferred t && t.at().compareTo(restored) >= 0
                        && ((t.server().equals(ends[0]) && t.toServer().equals(ends[1]))
                        || (t.server().equals(ends[1]) && t.toServer().equals(ends[0]))))
                .map(LedgerEvent::at).findFirst().orElse(null);
        return new Recovery("link", pair, fault.name(), fault.at(), recovered);
    }

    private static boolean isEvent(String marker) {
        return marker.startsWith("link.") || marker.startsWith("connector.") || marker.startsWith("account.")
                || marker.startsWith("server.") || marker.startsWith("replicate-now.");
    }

    private static boolean isFault(String marker) {
        return marker.endsWith(".down") || marker.endsWith(".blackhole") || marker.endsWith(".reset");
    }
}
