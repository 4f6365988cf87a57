package org.intransit.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.intransit.ledger.LedgerEvent;

/**
 * Section 7: the MTA event log, as an Exchange administrator would read it in the Application
 * log: counts by event id with what the id means, then the first few entries of each id, which
 * carry the error codes (5 access denied, 1722 server unavailable) that explain a stuck queue.
 */
final class HtmlMtaEvents {

    static final int FIRST_PER_ID = 5;
    static final int MAX_SHOWN = 25;

    private static final Map<Integer, String> MEANINGS = Map.of(
            9318, "RPC bind denied (error 5: the caller's service account is not trusted)",
            9322, "RPC server unavailable (error 1722)",
            290, "Non-delivery report generated",
            9301, "X.400 bind refused (MTA name or password)",
            9302, "Connector unreachable",
            9303, "Transfer broke off",
            3030, "Message expired",
            3031, "Open retries exhausted");

    private HtmlMtaEvents() {}

    static void append(StringBuilder html, HtmlModel model) {
        Map<Integer, Long> counts = model.summary().mtaEvents();
        if (counts.isEmpty()) {
            html.append("<p class=\"empty\">No MTA events were logged.</p>");
            return;
        }
        Map<Integer, TreeSet<String>> servers = new HashMap<>();
        Map<Integer, LedgerEvent.MtaEventLogged[]> span = new HashMap<>();
        Map<Integer, Integer> shownPerId = new HashMap<>();
        List<LedgerEvent.MtaEventLogged> first = new ArrayList<>();
        for (LedgerEvent event : model.ledger()) {
            if (event instanceof LedgerEvent.MtaEventLogged e) {
                servers.computeIfAbsent(e.id(), id -> new TreeSet<>()).add(e.server());
                span.computeIfAbsent(e.id(), id -> new LedgerEvent.MtaEventLogged[] {e, e})[1] = e;
                if (shownPerId.merge(e.id(), 1, Integer::sum) <= FIRST_PER_ID && first.size() < MAX_SHOWN) {
                    first.add(e);
                }
            }
        }
        HtmlTable table = new HtmlTable("data", "Event id", "Meaning", "Count", "First", "Last", "Servers").numeric(2);
        counts.forEach((id, n) -> {
            LedgerEvent.MtaEventLogged[] firstLast = span.get(id);
            table.row(id, MEANINGS.getOrDefault(id, "—"), HtmlFormat.count(n),
                    firstLast == null ? "—" : HtmlFormat.clock(firstLast[0].at()),
                    firstLast == null ? "—" : HtmlFormat.clock(firstLast[1].at()),
                    String.join(", ", servers.getOrDefault(id, new TreeSet<>())));
        });
        html.append(table.html()).append("<h3>First entries (up to ").append(FIRST_PER_ID).append(" per id)</h3>");
        HtmlTable entries = new HtmlTable("data log", "Time", "Server", "Id", "Text");
        first.forEach(e -> entries.row(HtmlFormat.clock(e.at()), e.server(), e.id(), e.text()));
        html.append(entries.html());
    }
}
