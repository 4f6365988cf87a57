package org.intransit.report;

import java.util.ArrayList;
import java.util.List;
import org.intransit.ledger.LedgerEvent;

/**
 * A vertical marker on the time charts: a directory replica learning of a moved mailbox, the
 * release of mail held during a move, or a change the scenario made (connector, link, service
 * account, server, forced replication, a named mark). These are what a reader lines the outcome
 * bars up against.
 *
 * @param name the ledger marker's name, e.g. {@code replica.SITE1.alice}
 * @param detail the marker's detail, shown as the tooltip
 */
record HtmlTimelineMark(java.time.Duration at, String name, String detail, Kind kind) {

    enum Kind {
        REPLICA,
        RELEASE,
        CHANGE
    }

    static List<HtmlTimelineMark> of(List<LedgerEvent> ledger) {
        List<HtmlTimelineMark> marks = new ArrayList<>();
        for (LedgerEvent event : ledger) {
            if (event instanceof LedgerEvent.Marker m && kind(m.name()) != null) {
                marks.add(new HtmlTimelineMark(m.at(), m.name(), m.detail(), kind(m.name())));
            }
        }
        return marks;
    }

    private static Kind kind(String name) {
        if (name.equals("start") || name.equals("end")) {
            return null;
        }
        if (name.startsWith("replica.")) {
            return Kind.REPLICA;
        }
        if (name.startsWith("move.")) {
            return name.endsWith(".release") ? Kind.RELEASE : null;
        }
        return Kind.CHANGE;
    }

    /** A short label for the chart; the full name and detail are in the tooltip. */
    String label() {
        String[] parts = name.split("\\.", -1);
        String middle = parts.length >= 3
                ? String.join(".", java.util.Arrays.copyOfRange(parts, 1, parts.length - 1)) : null;
        String last = parts[parts.length - 1];
        if (middle == null) {
            return name.startsWith("replicate-now.") ? "replicate " + name.substring(14) : name;
        }
        return switch (parts[0]) {
            case "replica" -> last + " → " + middle;
            case "move" -> middle + " released";
            case "link" -> "link " + middle + " " + last;
            case "account" -> "account " + middle;
            case "connector", "server" -> middle + " " + last;
            default -> name;
        };
    }

    String tooltip() {
        return HtmlFormat.clock(at) + " " + name + (detail == null || detail.isEmpty() ? "" : ": " + detail);
    }
}
