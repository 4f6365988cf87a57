package org.intransit.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.intransit.check.MessageRecord;

/**
 * Section 5: who got bounced when. For each moved mailbox, the mail addressed to it by the
 * sender's site and by the move phase it was submitted in: the NDR window of a 5.5 site shows up
 * as the one cell that is not green. Without moves, one row per sender site.
 */
final class HtmlMatrix {

    private HtmlMatrix() {}

    static void append(StringBuilder html, HtmlModel model) {
        if (model.moves().isEmpty()) {
            html.append("<p class=\"lede\">No mailbox moved in this run: submitted mail by the site of the sender's "
                    + "home server (<code>internet</code>: senders outside the organization).</p>");
            matrix(html, model, model.submitted(), null);
            return;
        }
        html.append("<p class=\"lede\">Mail addressed to each moved mailbox, by the site of the sender's home server "
                + "(<code>internet</code>: senders outside the organization) and by the phase of the move the message "
                + "was submitted in. Each cell counts outcomes; its bar shows the mix.</p>");
        for (HtmlMoveWindow move : model.moves()) {
            html.append("<h3>").append(HtmlEscape.text(move.mailbox()))
                    .append(move.target() == null ? "" : " → " + HtmlEscape.text(move.target())).append("</h3>");
            matrix(html, model, model.submitted().stream().filter(m -> HtmlModel.addressedTo(m, move.mailbox())).toList(),
                    move);
        }
    }

    private static void matrix(StringBuilder html, HtmlModel model, List<MessageRecord> messages, HtmlMoveWindow move) {
        List<HtmlMoveWindow.Phase> phases = move == null ? List.of() : List.of(HtmlMoveWindow.Phase.values());
        Map<String, long[][]> found = new HashMap<>();
        for (MessageRecord m : messages) {
            long[][] row = found.computeIfAbsent(model.senderSite(m.from()),
                    s -> new long[phases.size() + 1][HtmlOutcome.values().length]);
            int outcome = HtmlOutcome.of(m.fate()).ordinal();
            if (move != null) {
                row[move.phaseOf(m.submittedAt()).ordinal()][outcome]++;
            }
            row[phases.size()][outcome]++;
        }
        Map<String, long[][]> cells = new LinkedHashMap<>();
        model.sites().stream().filter(found::containsKey).forEach(site -> cells.put(site, found.get(site)));
        if (cells.isEmpty()) {
            html.append("<p class=\"empty\">No mail was submitted to ").append(move == null ? "anyone"
                    : HtmlEscape.text(move.mailbox())).append(".</p>");
            return;
        }
        html.append("<table class=\"matrix\"><thead><tr><th>Sender site</th>");
        for (HtmlMoveWindow.Phase phase : phases) {
            html.append("<th>").append(phase.label()).append("<small>").append(move.range(phase, model.end()))
                    .append("</small></th>");
        }
        html.append("<th>").append(move == null ? "all mail" : "total").append("</th></tr></thead><tbody>");
        cells.forEach((site, row) -> {
            html.append("<tr><th>").append(HtmlEscape.text(site)).append("</th>");
            for (long[] counts : row) {
                cell(html, counts);
            }
            html.append("</tr>");
        });
        html.append("</tbody></table>");
    }

    private static void cell(StringBuilder html, long[] counts) {
        long total = java.util.Arrays.stream(counts).sum();
        if (total == 0) {
            html.append("<td class=\"cell none\">—</td>");
            return;
        }
        boolean bad = counts[HtmlOutcome.DELIVERED.ordinal()] < total;
        html.append("<td class=\"cell").append(bad ? " mixed" : "").append("\"><div class=\"mix\">");
        for (HtmlOutcome o : HtmlOutcome.values()) {
            if (counts[o.ordinal()] > 0) {
                html.append("<i class=\"").append(o.css()).append("\" style=\"flex-grow:").append(counts[o.ordinal()])
                        .append("\"></i>");
            }
        }
        html.append("</div><div class=\"chips\">");
        for (HtmlOutcome o : HtmlOutcome.values()) {
            if (counts[o.ordinal()] > 0) {
                html.append("<span class=\"chip ").append(o.css()).append("\">")
                        .append(HtmlFormat.count(counts[o.ordinal()]))
                        .append(' ').append(o.label()).append("</span>");
            }
        }
        html.append("</div></td>");
    }
}
