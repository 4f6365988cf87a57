package org.intransit.report;

import java.util.List;
import org.intransit.check.ExpectationVerdict;
import org.intransit.check.MessageRecord;

/**
 * Sections 8 and 9: the scenario's expectations one by one, and the messages that failed
 * conservation. Offender and failure lists are capped: the full lists are in
 * {@code summary.json} and {@code messages.csv}, and a page of trace ids helps no one.
 */
final class HtmlVerdicts {

    static final int MAX_OFFENDERS = 10;
    static final int MAX_FAILURES = 100;

    private HtmlVerdicts() {}

    static void appendExpectations(StringBuilder html, HtmlModel model) {
        List<ExpectationVerdict> verdicts = model.summary().expectations();
        if (verdicts.isEmpty()) {
            html.append("<p class=\"empty\">The scenario states no expectations.</p>");
            return;
        }
        HtmlTable table = new HtmlTable("data verdicts", "Result", "Expectation", "Detail", "Offenders");
        for (ExpectationVerdict v : verdicts) {
            table.styledRow(v.passed() ? null : "bad", HtmlTable.badge(v.passed()), v.name(), v.detail(),
                    HtmlTable.markup(traces(v.offenders())));
        }
        html.append(table.html());
    }

    static void appendFailures(StringBuilder html, HtmlModel model) {
        List<MessageRecord> failures = model.summary().conservation().failures();
        if (failures.isEmpty()) {
            html.append("<p class=\"all-clear\">Nothing lost, duplicated or misrouted: every message is accounted for.</p>");
            return;
        }
        html.append("<p class=\"lede\">").append(HtmlFormat.count(failures.size()))
                .append(" message(s) failed conservation").append(failures.size() > MAX_FAILURES
                        ? "; the first " + MAX_FAILURES + " are listed, all are in messages.csv" : "").append(".</p>");
        HtmlTable table = new HtmlTable("data", "Fate", "Trace", "From → to", "Submitted", "Server", "Detail");
        for (MessageRecord m : failures.subList(0, Math.min(MAX_FAILURES, failures.size()))) {
            String chip = "<span class=\"chip " + HtmlOutcome.css(m.fate()) + "\">" + m.fate().label() + "</span>";
            String trace = "<code>" + HtmlEscape.text(m.trace()) + "</code>";
            table.styledRow("bad", HtmlTable.markup(chip), HtmlTable.markup(trace), m.from() + " → " + m.to(),
                    HtmlFormat.clock(m.submittedAt()), m.server(), m.detail());
        }
        html.append(table.html());
    }

    private static String traces(List<String> offenders) {
        if (offenders.isEmpty()) {
            return "—";
        }
        StringBuilder html = new StringBuilder();
        offenders.stream().limit(MAX_OFFENDERS)
                .forEach(t -> html.append("<code>").append(HtmlEscape.text(t)).append("</code> "));
        if (offenders.size() > MAX_OFFENDERS) {
            html.append("<span class=\"more\">and ").append(offenders.size() - MAX_OFFENDERS).append(" more</span>");
        }
        return html.toString();
    }
}
