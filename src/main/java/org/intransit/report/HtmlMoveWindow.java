package org.intransit.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.intransit.ledger.LedgerEvent;
import org.intransit.scenario.MovePlan;
import org.intransit.scenario.Scenario;

/**
 * One mailbox move as the ledger's {@code move.<alias>.<phase>} markers tell it. The ledger, not
 * the scenario's plan, is the source: an interrupted run may never reach a phase, and the
 * cleanup happens whenever replication gets there.
 *
 * @param target the server the move goes to, from the scenario, or {@code null} if unknown
 * @param commit {@code null} when the run never got there; likewise {@code release} and {@code cleanup}
 */
record HtmlMoveWindow(String mailbox, String target, Duration inTransit, Duration commit, Duration release,
        Duration cleanup) {

    /** The parts of scenario time a move cuts, as the matrix and the charts name them. */
    enum Phase {
        BEFORE("before the move"),
        IN_TRANSIT("in transit"),
        COMMIT_TO_CLEANUP("commit → cleanup"),
        AFTER("after cleanup");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    Phase phaseOf(Duration at) {
        if (at.compareTo(inTransit) < 0) {
            return Phase.BEFORE;
        }
        if (commit == null || at.compareTo(commit) < 0) {
            return Phase.IN_TRANSIT;
        }
        return cleanup == null || at.compareTo(cleanup) < 0 ? Phase.COMMIT_TO_CLEANUP : Phase.AFTER;
    }

    /** The phase's time range as {@code h:mm–h:mm}, open-ended where the run never got. */
    String range(Phase phase, Duration end) {
        return switch (phase) {
            case BEFORE -> "0:00–" + HtmlFormat.clock(inTransit);
            case IN_TRANSIT -> HtmlFormat.clock(inTransit) + "–" + HtmlFormat.clock(commit == null ? end : commit);
            case COMMIT_TO_CLEANUP -> commit == null ? "not reached"
                    : HtmlFormat.clock(commit) + "–" + HtmlFormat.clock(cleanup == null ? end : cleanup);
            case AFTER -> cleanup == null ? "not reached" : HtmlFormat.clock(cleanup) + "–" + HtmlFormat.clock(end);
        };
    }

    static List<HtmlMoveWindow> of(List<LedgerEvent> ledger, Scenario scenario) {
        Map<String, List<Duration[]>> byMailbox = new LinkedHashMap<>();
        for (LedgerEvent event : ledger) {
            if (!(event instanceof LedgerEvent.Marker marker) || !marker.name().startsWith("move.")) {
                continue;
            }
            int dot = marker.name().lastIndexOf('.');
            int slot = List.of("in-transit", "commit", "release", "cleanup").indexOf(marker.name().substring(dot + 1));
            if (dot <= 5 || slot < 0) {
                continue;
            }
            List<Duration[]> moves = byMailbox.computeIfAbsent(marker.name().substring(5, dot), m -> new ArrayList<>());
            if (slot == 0 || moves.isEmpty()) {
                moves.add(new Duration[4]);
            }
            Duration[] phases = moves.get(moves.size() - 1);
            if (phases[slot] == null) {
                phases[slot] = marker.at();
            }
        }
        List<HtmlMoveWindow> windows = new ArrayList<>();
        byMailbox.forEach((mailbox, moves) -> {
            List<MovePlan> plans = scenario.moves().stream().filter(p -> p.mailbox().equals(mailbox))
                    .sorted(Comparator.comparing(MovePlan::at)).toList();
            for (int i = 0; i < moves.size(); i++) {
                Duration[] p = moves.get(i);
                Duration start = java.util.Arrays.stream(p).filter(java.util.Objects::nonNull).findFirst().orElseThrow();
                String target = i < plans.size() ? plans.get(i).to() : null;
                windows.add(new HtmlMoveWindow(mailbox, target, start, p[1], p[2], p[3]));
            }
        });
        windows.sort(Comparator.comparing(HtmlMoveWindow::inTransit));
        return windows;
    }
}
