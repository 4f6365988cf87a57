package org.intransit.report;

/**
 * Section 4: delivery latency as the summary's percentiles and a percentile curve. The note on
 * clocks matters: on the virtual clock a latency is how long mail waited in scenario time
 * (holds, queues, retry intervals), not how fast the machine was.
 */
final class HtmlLatencySection {

    private HtmlLatencySection() {}

    static void append(StringBuilder html, HtmlModel model) {
        RunSummary run = model.summary();
        LatencySummary latency = LatencySummary.of(run.conservation().messages());
        html.append("<p class=\"lede\">Submission to delivery, for the ").append(HtmlFormat.count(latency.count()))
                .append(" delivered messages (NDRs delivered to their senders included). ");
        if (run.clockMode().equals("virtual")) {
            html.append("On the virtual clock latency is <b>scenario time</b>: how long mail waited in holds, queues "
                    + "and retry intervals, independent of the machine's speed.");
        } else {
            html.append("On the scaled clock latency is scenario time, wall time × ")
                    .append(HtmlFormat.trim(run.scale())).append('.');
        }
        html.append("</p>");
        if (latency.count() == 0) {
            html.append("<p class=\"empty\">No message was delivered.</p>");
            return;
        }
        if (latency.max() == 0) {
            html.append("<p class=\"all-clear\">Every delivered message arrived at the scenario instant it was sent: "
                    + "all latencies are 0.</p>");
            return;
        }
        html.append("<div class=\"latency\"><div class=\"ltiles\">");
        tile(html, "p50", latency.p50());
        tile(html, "p90", latency.p90());
        tile(html, "p99", latency.p99());
        tile(html, "p99.9", latency.p999());
        tile(html, "max", latency.max());
        html.append("</div><figure>").append(SvgPercentileChart.render(
                SvgPercentileChart.latencies(run.conservation().messages()), latency)).append("</figure></div>");
    }

    private static void tile(StringBuilder html, String name, long millis) {
        html.append("<div class=\"ltile\"><span>").append(name).append("</span><b>").append(HtmlFormat.latency(millis))
                .append("</b></div>");
    }
}
