package org.intransit.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.intransit.ledger.LedgerEvent;
import org.intransit.scenario.Scenario;

/**
 * Writes a run's report files into its run directory: {@code summary.json}, {@code series.json}
 * (the run over time: {@link TimeSeries}), {@code messages.csv}, {@code events.jsonl},
 * {@code junit.xml}, {@code report.html}, and (when given) the scenario
 * file's text as {@code scenario.yaml}, which with {@code events.jsonl} is all
 * {@code intransit report} needs to write the others again. Each file is written under a
 * temporary name and then renamed, so a reader (or an interrupted run) never sees half a file.
 */
public final class ReportWriter {

    private ReportWriter() {}

    /**
     * @param scenarioText the scenario file's text to keep beside the report, or {@code null}
     */
    public static void write(RunHeader header, RunSummary run, Scenario scenario, List<LedgerEvent> ledger,
            String scenarioText, Path runDirectory) throws IOException {
        Files.createDirectories(runDirectory);
        atomically(runDirectory.resolve(EventStream.FILE), out -> LedgerJson.write(header, ledger, out));
        writeBesideEvents(header, run, scenario, ledger, scenarioText, runDirectory);
    }

    /**
     * Writes every file but {@code events.jsonl}, which an {@link EventStream} wrote during the
     * run from the same {@code ledger}.
     */
    public static void writeBesideEvents(RunHeader header, RunSummary run, Scenario scenario, List<LedgerEvent> ledger,
            String scenarioText, Path runDirectory) throws IOException {
        Files.createDirectories(runDirectory);
        if (scenarioText != null) {
            atomically(runDirectory.resolve("scenario.yaml"), out -> out.write(scenarioText));
        }
        atomically(runDirectory.resolve("messages.csv"),
                out -> MessagesCsvWriter.write(run.conservation().messages(), out));
        atomically(runDirectory.resolve("junit.xml"), out -> JunitXml.write(run, out));
        atomically(runDirectory.resolve("summary.json"),
                out -> SummaryJson.JSON.writeValue(out, SummaryJson.of(run)));
        atomically(runDirectory.resolve("series.json"),
                out -> SummaryJson.JSON.writeValue(out, TimeSeries.of(run, ledger)));
        atomically(runDirectory.resolve("report.html"), out -> HtmlReport.write(run, ledger, scenario, out));
    }

    private static void atomically(Path target, Body body) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            body.write(out);
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @FunctionalInterface
    private interface Body {
        void write(Writer out) throws IOException;
    }
}
