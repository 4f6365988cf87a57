package org.intransit.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.intransit.ledger.LedgerEvent;
import org.intransit.scenario.Scenario;

/**
 * Writes {@code report.html}: the run as a change board would rather look at than read. One
 * self-contained file (inline CSS and SVG, no script, no network, system fonts) that opens
 * from a mail attachment or a file share and prints one section per page.
 *
 * <p>A pure function of its inputs: it reads no clock, so the same run always gives the same
 * page. Times are scenario times ({@code h:mm} since the start); the only wall time shown is
 * the summary's.
 */
public final class HtmlReport {

    private HtmlReport() {}

    private record Section(String id, String title, Body body) {}

    @FunctionalInterface
    private interface Body {
        void append(StringBuilder html, HtmlModel model);
    }

    private static final List<Section> SECTIONS = List.of(
            new Section("outcomes", "Outcomes over scenario time", HtmlOutcomes::append),
            new Section("queues", "Queue depth over time", HtmlQueueSection::append),
            new Section("latency", "Delivery latency", HtmlLatencySection::append),
            new Section("matrix", "Sender site × move phase", HtmlMatrix::append),
            new Section("ndr-windows", "NDR windows", HtmlNdrSection::append),
            new Section("mta-events", "MTA events", HtmlMtaEvents::append),
            new Section("expectations", "Expectations", HtmlVerdicts::appendExpectations),
            new Section("failures", "Failures", HtmlVerdicts::appendFailures));

    /**
     * Writes the page for one finished (or interrupted) run.
     *
     * @param ledger the run's history, for the charts over time; may be empty
     * @param scenario the scenario that ran, for its description, sites and moves
     */
    public static void write(RunSummary summary, List<LedgerEvent> ledger, Scenario scenario, Writer out)
            throws IOException {
        HtmlModel model = HtmlModel.of(summary, ledger, scenario);
        StringBuilder html = new StringBuilder(128 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta name=\"generator\" content=\"intransit\"><title>")
                .append(HtmlEscape.text(summary.scenario())).append(" · ").append(summary.passed() ? "PASSED" : "FAILED")
                .append(" · intransit report</title><style>").append(HtmlStyle.CSS).append("</style></head><body><main>");
        HtmlHeader.append(html, model);
        html.append("<nav class=\"toc\">");
        for (int i = 0; i < SECTIONS.size(); i++) {
            html.append("<a href=\"#").append(SECTIONS.get(i).id()).append("\">").append(i + 2).append(". ")
                    .append(HtmlEscape.text(SECTIONS.get(i).title())).append("</a>");
        }
        html.append("</nav>");
        for (int i = 0; i < SECTIONS.size(); i++) {
            Section section = SECTIONS.get(i);
            html.append("<section id=\"").append(section.id()).append("\"><h2><span>").append(i + 2).append("</span>")
                    .append(HtmlEscape.text(section.title())).append("</h2>");
            section.body().append(html, model);
            html.append("</section>");
        }
        html.append("<footer>intransit · ").append(HtmlEscape.text(summary.scenario())).append(" · seed ")
                .append(summary.seed()).append(" · all times are scenario time (h:mm since the start)</footer>")
                .append("</main></body></html>\n");
        out.write(html.toString());
    }
}
