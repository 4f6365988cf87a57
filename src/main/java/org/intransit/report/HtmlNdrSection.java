package org.intransit.report;

import org.intransit.check.NdrWindow;

/**
 * Section 6: the NDR windows, the number the KB article is about: for how long senders of each
 * site had mail to a moved mailbox bounced. A table for the exact times, a Gantt chart for how
 * the windows sit against the move and the replica arrivals.
 */
final class HtmlNdrSection {

    private HtmlNdrSection() {}

    static void append(StringBuilder html, HtmlModel model) {
        if (model.summary().ndrWindows().isEmpty()) {
            html.append("<p class=\"empty\">No NDR windows: ").append(model.moves().isEmpty() ? "no mailbox moved."
                    : "no mail to a moved mailbox was bounced.").append("</p>");
            return;
        }
        html.append("<p class=\"lede\">Per moved mailbox and sender site: the first and last submission that was "
                + "bounced. Shaded behind each bar: in transit, then commit → cleanup; dashed: the mailbox's new "
                + "directory object reaching a replica.</p><figure class=\"wide\">").append(SvgNdrGantt.render(model))
                .append("</figure>");
        HtmlTable table = new HtmlTable("data", "Mailbox", "Sender site", "First bounced", "Last bounced", "Bounced",
                "Window").numeric(4, 5);
        for (NdrWindow w : model.summary().ndrWindows()) {
            table.row(w.mailbox(), w.senderSite(), HtmlFormat.clock(w.firstBounced()), HtmlFormat.clock(w.lastBounced()),
                    HtmlFormat.count(w.bounced()), HtmlFormat.span(w.length()));
        }
        html.append(table.html());
    }
}
