package org.intransit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.intransit.report.LedgerJson;
import org.intransit.report.ReportWriter;
import org.intransit.report.RunSummaries;
import org.intransit.report.RunSummary;
import org.intransit.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code intransit report RUN_DIR}: writes every report file of a run again from its
 * {@code events.jsonl} and {@code scenario.yaml} (after a change to the report code, or to judge
 * edited expectations against the same history). Exit 0 when the rebuilt verdict passed, 1 when
 * it failed, 2 when the directory lacks what it needs.
 */
@Command(name = "report", description = "Rebuild a run's report files from its events.jsonl.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run directory written by run or serve.")
    Path runDir;

    @Override
    public Integer call() throws IOException {
        Path events = runDir.resolve("events.jsonl");
        Path scenarioFile = runDir.resolve("scenario.yaml");
        for (Path needed : new Path[] {events, scenarioFile}) {
            if (!Files.isRegularFile(needed)) {
                spec.commandLine().getErr().println("intransit: " + needed + " is missing; expected a run directory");
                return Main.BAD_INPUT;
            }
        }
        Scenario scenario = ScenarioFiles.load(scenarioFile, spec.commandLine().getErr()).orElse(null);
        if (scenario == null) {
            return Main.BAD_INPUT;
        }
        LedgerJson.Contents contents;
        try (BufferedReader in = Files.newBufferedReader(events, StandardCharsets.UTF_8)) {
            contents = LedgerJson.read(in);
        } catch (IOException e) {
            spec.commandLine().getErr().println("intransit: " + events + ": " + e.getMessage());
            return Main.BAD_INPUT;
        }
        RunSummary summary = RunSummaries.of(contents.header(), scenario, contents.ledger());
        ReportWriter.write(contents.header(), summary, scenario, contents.ledger(), null, runDir);
        spec.commandLine().getOut().println("conservation: " + summary.conservation().describe());
        spec.commandLine().getOut().println(summary.passed() ? "verdict: PASSED" : "verdict: FAILED");
        spec.commandLine().getOut().println(runDir);
        return summary.passed() ? Main.OK : Main.FAILED;
    }
}
