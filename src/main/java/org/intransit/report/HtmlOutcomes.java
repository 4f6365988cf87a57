package org.intransit.report;

import org.intransit.check.MessageRecord;

/**
 * Section 2: the outcome chart, with a legend that doubles as the totals so the colours need no
 * second lookup.
 */
final class HtmlOutcomes {

    private HtmlOutcomes() {}

    static void append(StringBuilder html, HtmlModel model) {
        long generated = model.summary().conservation().ndrMessages();
        html.append("<p class=\"lede\">Each bar counts the messages submitted in one ")
                .append(HtmlFormat.span(HtmlOutcomeBuckets.size(model.end(), model.scenario())))
                .append(" bucket of scenario time, coloured by how they ended.");
        if (generated > 0) {
            html.append(" The ").append(HtmlFormat.count(generated))
                    .append(" NDRs the servers generated are not counted as traffic here.");
        }
        html.append(" Hover a bar or a marker for details.</p><figure class=\"wide\">")
                .append(SvgOutcomeChart.render(model)).append("</figure><div class=\"legend\">");
        for (HtmlOutcome outcome : HtmlOutcome.values()) {
            long n = model.submitted().stream().map(MessageRecord::fate).filter(f -> HtmlOutcome.of(f) == outcome).count();
            html.append("<span><i class=\"sw ").append(outcome.css()).append("\"></i>").append(outcome.label())
                    .append(" <b>").append(HtmlFormat.count(n)).append("</b></span>");
        }
        if (!model.moves().isEmpty()) {
            html.append("<span class=\"gap\"><i class=\"sw band-transit\"></i>in transit (deliveries held)</span>")
                    .append("<span><i class=\"sw band-commit\"></i>")
                    .append("commit → cleanup (stub, replication catching up)</span>");
        }
        html.append("<span class=\"gap\"><i class=\"ln mark-replica\"></i>replica arrival</span>")
                .append("<span><i class=\"ln mark-release\"></i>held mail released</span>")
                .append("<span><i class=\"ln mark-change\"></i>connector / link / account / server change</span></div>");
    }
}
