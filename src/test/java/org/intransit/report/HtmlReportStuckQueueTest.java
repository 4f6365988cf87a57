package org.intransit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.intransit.harness.Harness;
import org.intransit.harness.RunOptions;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * {@code report.html} of {@code harness-config/x400-rpc-queue-stuck.yaml}: the stuck RPC queue
 * must stand out (its chart, its failed binds, its row), and event 9318 must say what it means.
 */
@Timeout(120)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportStuckQueueTest {

    private String html;

    @BeforeAll
    void runAndRender() throws Exception {
        Scenario scenario = ScenarioLoader.parse(Files.readString(Path.of("harness-config", "x400-rpc-queue-stuck.yaml")),
                "x400-rpc-queue-stuck.yaml");
        StringWriter out = new StringWriter();
        try (Harness harness = Harness.start(scenario, RunOptions.defaults())) {
            harness.runToEnd();
            HtmlReport.write(harness.finish(), harness.ledger().snapshot(), scenario, out);
        }
        html = out.toString();
        Path file = Path.of("target", "html-report", "x400-rpc-queue-stuck.html");
        Files.createDirectories(file.getParent());
        Files.writeString(file, html);
    }

    @Test
    void stuckQueueShouldBeChartedWithItsFailedBinds() {
        assertThat(html).contains("<div class=\"qcard stuck\"><div class=\"qhead\"><b>EX55A / EX03B</b><span>max 20 · final 20 · ");
        assertThat(html).contains("class=\"fail-tick\"", "<div class=\"qcard\"><div class=\"qhead\"><b>EX55A / in-transit</b>");
    }

    @Test
    void stuckQueueShouldBeFlaggedInTheEndOfRunTable() {
        assertThat(html).containsPattern("<tr class=\"warn\"><td>EX55A</td><td>EX03B</td>.*?<td class=\"num\">20</td>"
                + "<td class=\"num\">20</td><td class=\"num\">9 h 30 min</td>");
    }

    @Test
    void mtaEventsShouldBeCountedAndExplained() {
        assertThat(html).contains("<td>9318</td><td>RPC bind denied (error 5: the caller&#39;s service account is not trusted)</td>");
        assertThat(html).contains("Windows/MTA error code: 5");
    }

    @Test
    void heldMailShouldShowAsQueuedInTheMatrix() {
        assertThat(html).contains("<span class=\"chip o-queued\">5 queued</span>", "<span class=\"chip o-queued\">10 queued</span>");
    }
}
