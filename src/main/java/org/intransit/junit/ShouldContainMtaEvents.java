package org.intransit.junit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.intransit.ledger.LedgerEvent;

/**
 * {@code Expecting MTA events of EX55A to contain 9318 but it logged only 9322 (x3), 290 (x1)},
 * and {@code Expecting MTA events of EX55A not to contain 9318 but it logged it at PT2H30M: "..."}.
 */
final class ShouldContainMtaEvents extends IntransitMessage {

    private final String text;

    private ShouldContainMtaEvents(String text) {
        this.text = text;
    }

    static ShouldContainMtaEvents shouldContain(MtaEvents events, List<Integer> missing, List<Integer> logged) {
        Map<Integer, Long> counts = new TreeMap<>(logged.stream().collect(Collectors.groupingBy(id -> id, Collectors.counting())));
        String seen = counts.isEmpty() ? "it logged none"
                : "it logged only " + counts.entrySet().stream().map(e -> e.getKey() + " (x" + e.getValue() + ")")
                        .collect(Collectors.joining(", "));
        return new ShouldContainMtaEvents("Expecting MTA events of " + events.server() + " to contain " + join(missing)
                + " but " + seen);
    }

    static ShouldContainMtaEvents shouldNotContain(MtaEvents events, List<Integer> found) {
        LedgerEvent.MtaEventLogged first = events.entries().stream().filter(e -> found.contains(e.id())).findFirst().orElseThrow();
        return new ShouldContainMtaEvents("Expecting MTA events of " + events.server() + " not to contain " + join(found)
                + " but it logged " + first.id() + " at " + first.at() + ": \"" + first.text() + "\"");
    }

    private static String join(List<Integer> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    @Override
    String text() {
        return text;
    }
}
