package org.intransit.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.intransit.check.QueueHistories;
import org.intransit.check.QueueHistory;
import org.intransit.check.Recovery;
import org.intransit.ledger.LedgerEvent;
import org.intransit.mta.MailQueue;

/**
 * Section 3: one small chart per queue that ever held mail, busiest first, then the final view
 * of every queue and how long blocked queues and faulted links took to recover. The charts show
 * when a queue filled; the tables show what was left and what unblocked it.
 */
final class HtmlQueueSection {

    static final int MAX_CHARTS = 12;

    private HtmlQueueSection() {}

    static void append(StringBuilder html, HtmlModel model) {
        List<QueueHistory> used = QueueHistories.of(model.ledger()).values().stream().filter(q -> q.maxDepth() > 0)
                .sorted(Comparator.comparingInt(QueueHistory::maxDepth).reversed()).toList();
        Map<String, List<Duration>> failures = new HashMap<>();
        for (LedgerEvent event : model.ledger()) {
            if (event instanceof LedgerEvent.TransferFailed f) {
                failures.computeIfAbsent(f.server() + "/" + f.queue(), k -> new ArrayList<>()).add(f.at());
            }
        }
        if (used.isEmpty()) {
            html.append("<p class=\"lede\">No queue held mail for any length of scenario time.</p>");
        } else {
            html.append("<p class=\"lede\">Depth of each queue that held mail, replayed from the ledger "
                    + "(queued +1, transferred or dequeued −1, settled at each instant); the in-transit hold of a "
                    + "moving mailbox is queue <code>in-transit</code>. Shaded: a move, from in-transit to cleanup. "
                    + "Red ticks under the axis: failed transfer attempts.</p><div class=\"qgrid\">");
            for (QueueHistory q : used.subList(0, Math.min(MAX_CHARTS, used.size()))) {
                List<Duration> failed = failures.getOrDefault(q.key(), List.of());
                html.append("<div class=\"qcard").append(q.finalDepth() > 0 ? " stuck" : "")
                        .append("\"><div class=\"qhead\"><b>").append(HtmlEscape.text(q.server() + " / " + q.queue()))
                        .append("</b><span>max ").append(q.maxDepth()).append(" · final ").append(q.finalDepth())
                        .append(failed.isEmpty() ? "" : " · " + failed.size() + " failed")
                        .append("</span></div>").append(SvgQueueChart.render(q, failed, model)).append("</div>");
            }
            html.append("</div>");
            if (used.size() > MAX_CHARTS) {
                HtmlTable rest = new HtmlTable("data", "Server", "Queue", "Max depth", "Final depth", "Failed attempts")
                        .numeric(2, 3, 4);
                used.subList(MAX_CHARTS, used.size()).forEach(q -> rest.row(q.server(), q.queue(), q.maxDepth(),
                        q.finalDepth(), q.failures()));
                html.append("<h3>More queues</h3>").append(rest.html());
            }
        }
        HtmlTable table = new HtmlTable("data", "Server", "Queue", "Next hop", "Max depth", "Final depth", "Oldest age",
                "Open failures").numeric(3, 4, 5, 6);
        model.summary().queues().forEach((server, views) -> {
            for (MailQueue.QueueView v : views) {
                table.styledRow(v.depth() > 0 ? "warn" : null, server, v.name(), v.nextHop(), v.maxDepth(), v.depth(),
                        v.depth() > 0 ? HtmlFormat.span(v.oldestAge()) : "—", v.openFailures());
            }
        });
        html.append("<h3>Queues at the end of the run</h3>").append(table.html());
        recoveries(html, model.summary().recoveries());
    }

    private static void recoveries(StringBuilder html, List<Recovery> recoveries) {
        if (recoveries.isEmpty()) {
            return;
        }
        HtmlTable table = new HtmlTable("data", "Kind", "Subject", "Unblocked by", "At", "Recovered at", "Took")
                .numeric(5);
        for (Recovery r : recoveries) {
            table.styledRow(r.recoveredAt() == null ? "warn" : null, r.kind(), r.subject(), r.cause(),
                    HtmlFormat.clock(r.at()), r.recoveredAt() == null ? "never" : HtmlFormat.clock(r.recoveredAt()),
                    r.recoveredAt() == null ? "—" : HtmlFormat.span(r.length()));
        }
        html.append("<h3>Recoveries</h3>").append(table.html());
    }
}
