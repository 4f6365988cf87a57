package org.intransit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.intransit.check.ExpectationVerdict;
import org.intransit.check.MessageRecord;
import org.intransit.harness.Harness;
import org.intransit.report.ReportWriter;
import org.intransit.report.RunSummary;

/**
 * What {@code run} and {@code serve} share: a Ctrl-C that stops the run but still writes the
 * report of what happened so far, the report files, and the closing lines on stdout, the last
 * of which is the run directory.
 */
final class RunSession {

    private static final int SHOWN_FAILURES = 10;

    private final Harness harness;
    private final String scenarioText;
    private final PrintWriter out;
    private final CountDownLatch reported = new CountDownLatch(1);
    private final Thread hook;
    private String aborted;

    /** @param scenarioText the scenario file's text, kept beside the report; may be {@code null} */
    RunSession(Harness harness, PrintWriter out, String scenarioText) {
        this.scenarioText = scenarioText;
        this.harness = harness;
        this.out = out;
        this.hook = new Thread(this::onSignal, "intransit-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        Interrupts.install(harness::interrupt);
    }

    private void onSignal() {
        harness.interrupt();
        try {
            reported.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs the clock to {@code end} (or until Ctrl-C), then reports; returns the exit code. */
    int runAndReport(Duration end, Path reportRoot, ProgressLine progress) throws Exception {
        try {
            harness.runUntil(end);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            harness.interrupt();
        } catch (RuntimeException e) {
            aborted = e.getMessage();
            harness.interrupt();
        }
        progress.close();
        if (aborted != null) {
            System.err.println("intransit: run aborted: " + aborted);
        }
        try {
            RunSummary summary = harness.finish();
            harness.streamFailure().ifPresent(why -> System.err.println("intransit: " + why + "; writing events.jsonl"
                    + " from memory"));
            Path dir = harness.runDirectory().isPresent() ? harness.runDirectory().get()
                    : RunDirectory.create(reportRoot, summary.scenario(), harness.startedAt());
            if (harness.streamedEvents().isPresent()) {
                ReportWriter.writeBesideEvents(harness.header(), summary, harness.scenario(), harness.history(),
                        scenarioText, dir);
            } else {
                ReportWriter.write(harness.header(), summary, harness.scenario(), harness.history(), scenarioText, dir);
            }
            print(summary);
            out.println(dir);
            out.flush();
            return summary.passed() && aborted == null ? Main.OK : Main.FAILED;
        } finally {
            harness.close();
            reported.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running (Ctrl-C); it returns now that the report is written
            }
        }
    }

    private void print(RunSummary s) {
        out.printf("%s: %s of scenario time on the %s clock in %.1f s (seed %d)%s%n", s.scenario(),
                ProgressLine.clock(s.scenarioReached()), s.clockMode(), s.wallSeconds(), s.seed(), s.interrupted() ? ", INTERRUPTED" : "");
        out.println("conservation: " + s.conservation().describe());
        s.conservation().failures().stream().limit(SHOWN_FAILURES).forEach(this::printFailure);
        for (ExpectationVerdict v : s.expectations()) {
            out.println((v.passed() ? "PASS " : "FAIL ") + v.name() + ": " + v.detail());
        }
        out.println(s.passed() ? "verdict: PASSED" : "verdict: FAILED");
    }

    private void printFailure(MessageRecord m) {
        out.println("  " + m.fate().label().toUpperCase(java.util.Locale.ROOT) + " " + m.trace() + " "
                + m.from() + " -> " + m.to() + ": " + m.detail());
    }
}
