package org.intransit.report;

import static org.intransit.report.HtmlEscape.text;

import java.time.Duration;
import org.intransit.check.ConservationResult;
import org.intransit.check.ExpectationVerdict;
import org.intransit.check.Fate;
import org.intransit.check.Origin;

/**
 * The top of the report: what ran, and the verdict in letters large enough to read from across
 * a meeting room, then the one-line conservation result and the counts behind it.
 */
final class HtmlHeader {

    private HtmlHeader() {}

    static void append(StringBuilder html, HtmlModel model) {
        RunSummary run = model.summary();
        long held = run.expectations().stream().filter(ExpectationVerdict::passed).count();
        html.append("<header class=\"top\"><div class=\"head\"><div class=\"title\">")
                .append("<div class=\"eyebrow\">intransit · run report</div><h1>")
                .append(text(run.scenario())).append("</h1>");
        String description = model.scenario().description();
        if (description != null && !description.isBlank()) {
            html.append("<p class=\"desc\">").append(text(description.strip())).append("</p>");
        }
        html.append("</div><div class=\"verdict ").append(run.passed() ? "pass\"><span>PASSED" : "fail\"><span>FAILED")
                .append("</span><small>conservation ").append(run.conservation().passed() ? "held" : "failed").append(" · ")
                .append(held).append(" of ").append(run.expectations().size())
                .append(" expectations held</small></div></div>");
        if (run.interrupted()) {
            html.append("<div class=\"alert\">Interrupted at ").append(HtmlFormat.clock(run.scenarioReached()))
                    .append(" of ").append(HtmlFormat.clock(run.scenarioDuration()))
                    .append(" scenario time: this report covers the run up to there.</div>");
        }
        html.append("<dl class=\"meta\">");
        meta(html, "Seed", String.valueOf(run.seed()));
        boolean scaled = run.clockMode().equals("scaled");
        meta(html, "Clock", run.clockMode() + (scaled ? " ×" + HtmlFormat.trim(run.scale()) : ""));
        Duration duration = run.scenarioDuration();
        meta(html, "Scenario duration", HtmlFormat.clock(duration) + " (" + HtmlFormat.span(duration) + ")");
        meta(html, "Reached", HtmlFormat.clock(run.scenarioReached()) + (run.interrupted() ? " (interrupted)" : ""));
        meta(html, "Wall time", HtmlFormat.trim(run.wallSeconds()) + " s");
        meta(html, "Interrupted", run.interrupted() ? "yes" : "no");
        meta(html, "Source", model.scenario().source());
        html.append("</dl>");
        ConservationResult conservation = run.conservation();
        html.append("<p class=\"conservation ").append(conservation.passed() ? "ok" : "bad")
                .append("\"><b>Conservation</b> ")
                .append(text(conservation.describe())).append("</p><div class=\"tiles\">");
        long total = conservation.messages().size();
        for (Fate fate : Fate.values()) {
            long n = conservation.count(fate);
            html.append("<div class=\"tile").append(n == 0 ? " zero" : "").append(fate.failsRun() && n > 0 ? " alarm" : "")
                    .append("\"><i class=\"").append(HtmlOutcome.css(fate)).append("\"></i><b>").append(HtmlFormat.count(n))
                    .append("<small>").append(HtmlFormat.percent(n, total)).append("</small></b><span>").append(fate.label())
                    .append("</span></div>");
        }
        html.append("</div><p class=\"origins\"><b>By origin</b>");
        for (Origin origin : Origin.values()) {
            html.append("<span>").append(origin.label()).append(" <b>").append(HtmlFormat.count(conservation.count(origin)))
                    .append("</b></span>");
        }
        html.append("<span>total <b>").append(HtmlFormat.count(total)).append("</b></span></p></header>");
    }

    private static void meta(StringBuilder html, String term, String value) {
        html.append("<div><dt>").append(text(term)).append("</dt><dd>").append(text(value)).append("</dd></div>");
    }
}
