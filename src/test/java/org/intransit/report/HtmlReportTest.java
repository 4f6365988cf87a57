package org.intransit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.intransit.check.ExpectationVerdict;
import org.intransit.check.QueueHistories;
import org.intransit.harness.Harness;
import org.intransit.harness.RunOptions;
import org.intransit.ledger.LedgerEvent;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * {@code report.html} of a real run of {@code harness-config/kb841659-ndr-window.yaml}, whose
 * description is edited to carry markup: every section, every chart, the move phases, the
 * expectations, and nothing that would reach the network or run.
 */
@Timeout(120)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportTest {

    private static final String HOSTILE = "<script>alert('x')</script> & <img src=x onerror=alert(1)>";

    private RunSummary summary;
    private List<LedgerEvent> ledger;
    private Scenario scenario;
    private String html;

    @BeforeAll
    void runAndRender() throws Exception {
        String yaml = Files.readString(Path.of("harness-config", "kb841659-ndr-window.yaml"))
                .replace("description: >\n", "description: >\n  " + HOSTILE + "\n");
        scenario = ScenarioLoader.parse(yaml, "kb841659-ndr-window.yaml");
        try (Harness harness = Harness.start(scenario, RunOptions.defaults())) {
            harness.runToEnd();
            summary = harness.finish();
            ledger = harness.ledger().snapshot();
        }
        html = render();
        Path out = Path.of("target", "html-report", "kb841659-ndr-window.html");
        Files.createDirectories(out.getParent());
        Files.writeString(out, html);
    }

    private String render() throws Exception {
        StringWriter out = new StringWriter();
        HtmlReport.write(summary, ledger, scenario, out);
        return out.toString();
    }

    @Test
    void pageShouldHaveEverySectionInOrder() {
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(html).containsSubsequence("class=\"verdict", "id=\"outcomes\"", "id=\"queues\"", "id=\"latency\"",
                "id=\"matrix\"", "id=\"ndr-windows\"", "id=\"mta-events\"", "id=\"expectations\"", "id=\"failures\"");
        assertThat(html).contains("Outcomes over scenario time", "Queue depth over time", "Delivery latency",
                "Sender site × move phase", "NDR windows", "MTA events", "Expectations", "Failures");
    }

    @Test
    void eachChartShouldBeAnInlineSvg() {
        long queueCharts = QueueHistories.of(ledger).values().stream().filter(q -> q.maxDepth() > 0).count();
        long charts = 1 + Math.min(HtmlQueueSection.MAX_CHARTS, queueCharts) + 1 + 1;
        assertThat(queueCharts).as("the in-transit hold filled").isPositive();
        assertThat(count(html, "<svg ")).isEqualTo(charts);
        assertThat(count(html, "</svg>")).isEqualTo(charts);
    }

    @Test
    void headerShouldShowTheVerdictAndTheRun() {
        assertThat(summary.passed()).isTrue();
        assertThat(html).contains("class=\"verdict pass\"><span>PASSED</span>", "6 of 6 expectations held",
                HtmlEscape.text(summary.conservation().describe()), ">kb841659-ndr-window</h1>", ">7</dd>",
                ">virtual</dd>", ">8:00 (8 h)</dd>", HtmlFormat.trim(summary.wallSeconds()) + " s");
        assertThat(html.contains("FAILED")).as("the page says FAILED").isFalse();
    }

    @Test
    void chartsShouldMarkTheMovePhasesAndReplicaArrivals() {
        assertThat(html).contains(">alice in transit</text>", ">alice commit → cleanup</text>", ">alice released</text>",
                ">alice → SITE1</text>", ">alice → SITE2</text>", "class=\"ribbon-transit\"", "class=\"ribbon-commit\"");
        assertThat(html).contains("<th>before the move<small>0:00–2:00</small></th>",
                "<th>in transit<small>2:00–2:21</small></th>", "<th>commit → cleanup<small>2:21–3:00</small></th>",
                "<th>after cleanup<small>3:00–8:00</small></th>");
    }

    @Test
    void ndrWindowsShouldShowEachSenderSite() {
        assertThat(html).contains(">SITE1 → alice</text>", "19 NDRs · 36 min", ">SITE2 → alice</text>", "2 NDRs · 2 min");
    }

    @Test
    void everyExpectationShouldBeListedWithItsResult() {
        for (ExpectationVerdict v : summary.expectations()) {
            assertThat(html).contains("<td>" + HtmlEscape.text(v.name()) + "</td>", HtmlEscape.text(v.detail()));
        }
        assertThat(count(html, "<span class=\"badge pass\">PASS</span>")).isEqualTo(summary.expectations().size());
        assertThat(html).contains("Nothing lost, duplicated or misrouted");
    }

    @Test
    void textFromTheScenarioShouldBeEscaped() {
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;");
        String lower = html.toLowerCase(java.util.Locale.ROOT);
        for (String raw : List.of("<script", "<img", "<iframe", "<object", "javascript:")) {
            assertThat(lower.contains(raw)).as("the page contains " + raw).isFalse();
        }
    }

    @Test
    void pageShouldNotReachTheNetwork() {
        String withoutNamespace = html.replace("xmlns=\"" + SvgMarkup.NAMESPACE + "\"", "");
        for (String reach : List.of("http://", "https://", "<link", "<script", "@import", "url(", "src=\"", "href=\"http")) {
            assertThat(withoutNamespace.contains(reach)).as("the page contains " + reach).isFalse();
        }
        assertThat(html).contains("@media print");
    }

    @Test
    void sameRunShouldGiveTheSamePage() throws Exception {
        assertThat(render()).isEqualTo(html);
    }

    private static long count(String text, String needle) {
        long n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
