package org.intransit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.intransit.check.Fate;
import org.intransit.ledger.LedgerEvent;
import org.intransit.ledger.SubmissionResult;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code report.html} of an interrupted run that lost a message, from a ledger written by hand
 * and folded by {@link RunSummaries}: the verdict, the interruption, the failure list, capped
 * offenders, the no-move matrix, and markup in ledger texts, all without starting a harness.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportFailureTest {

    private static final String YAML = """
            name: hand-written
            description: a ledger written by hand
            duration: 1h
            organization: { smtpDomain: contoso.example }
            sites:
              - name: SITE1
                servers:
                  - { name: EX1, kind: exchange55, gateway: true }
            mailboxes:
              - { alias: alice, server: EX1 }
              - { alias: bob, server: EX1 }
            expect:
              - name: "bob's mail <b>arrives</b>"
                select: { from: bob }
                outcome: delivered
            """;

    private RunSummary summary;
    private String html;

    @BeforeAll
    void render() throws Exception {
        Scenario scenario = ScenarioLoader.parse(YAML, "hand-written.yaml");
        List<LedgerEvent> ledger = ledger();
        RunHeader header = new RunHeader("hand-written", 3, "virtual", 1, Duration.ofHours(1), Duration.ofMinutes(30),
                0.25, true, Instant.EPOCH);
        summary = RunSummaries.of(header, scenario, ledger);
        StringWriter out = new StringWriter();
        HtmlReport.write(summary, ledger, scenario, out);
        html = out.toString();
        java.nio.file.Path file = java.nio.file.Path.of("target", "html-report", "hand-written.html");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, html);
    }

    private static List<LedgerEvent> ledger() {
        Instant wall = Instant.EPOCH;
        List<LedgerEvent> ledger = new ArrayList<>();
        ledger.add(new LedgerEvent.Marker(Duration.ZERO, wall, "start", "hand-written"));
        for (int i = 0; i < 12; i++) {
            Duration at = Duration.ofMinutes(2L * i);
            String trace = "lost-<i>" + i;
            ledger.add(new LedgerEvent.Submitted(at, wall, trace, "bob", "alice", "EX1", 100));
            ledger.add(new LedgerEvent.SubmissionCompleted(at, wall, trace, new SubmissionResult.Accepted("250 ok")));
            ledger.add(new LedgerEvent.Received(at, wall, trace, "EX1", null, "bob@contoso.example",
                    "alice@contoso.example", 1, "smtp"));
            ledger.add(new LedgerEvent.Queued(at, wall, trace, "EX1", "EX2"));
        }
        ledger.add(new LedgerEvent.TransferFailed(Duration.ofMinutes(5), wall, "lost-<i>0", "EX1", "EX2", "refused"));
        ledger.add(new LedgerEvent.MtaEventLogged(Duration.ofMinutes(5), wall, "EX1", 9322,
                "<script>alert(1)</script> RPC server unavailable"));
        ledger.add(new LedgerEvent.Marker(Duration.ofMinutes(10), wall, "link.EX1-EX2.down", "<b>cut</b>"));
        ledger.add(new LedgerEvent.Marker(Duration.ofMinutes(30), wall, "end", "interrupted"));
        return ledger;
    }

    @Test
    void verdictShouldBeFailedAndTheInterruptionSaid() {
        assertThat(summary.passed()).isFalse();
        assertThat(html).contains("class=\"verdict fail\"><span>FAILED</span>", "conservation failed · 0 of 1 expectations held",
                "Interrupted at 0:30 of 1:00 scenario time", ">yes</dd>", "CONSERVATION FAILED");
        assertThat(html).contains("class=\"tile alarm\"><i class=\"o-other\"></i><b>12");
    }

    @Test
    void lostMessagesShouldBeListedWithEscapedTraces() {
        assertThat(summary.conservation().count(Fate.LOST)).isEqualTo(12);
        assertThat(html).contains("<code>lost-&lt;i&gt;0</code>", "<span class=\"chip o-other\">lost</span>", "bob → alice");
        for (String raw : List.of("<i>0", "<b>cut</b>", "<b>arrives</b>", "<script>")) {
            assertThat(html.contains(raw)).as("the page contains " + raw).isFalse();
        }
    }

    @Test
    void offendersShouldBeCapped() {
        assertThat(html).contains("<span class=\"badge fail\">FAIL</span>", "<td>bob&#39;s mail &lt;b&gt;arrives&lt;/b&gt;</td>",
                "and 2 more");
    }

    @Test
    void withoutMovesTheMatrixShouldBeBySenderSiteOnly() {
        assertThat(html).contains("No mailbox moved in this run", "<th>all mail</th>",
                "<tr><th>SITE1</th><td class=\"cell mixed\">", "No NDR windows: no mailbox moved.");
        assertThat(html.contains("in transit<small>")).as("a move phase column").isFalse();
    }

    @Test
    void markersQueuesAndEventsFromAHandWrittenLedgerShouldShow() {
        assertThat(html).contains(">link EX1-EX2 down</text>", "<b>EX1 / EX2</b><span>max 12 · final 0 · 1 failed</span>",
                "<td>9322</td><td>RPC server unavailable (error 1722)</td>", "&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
