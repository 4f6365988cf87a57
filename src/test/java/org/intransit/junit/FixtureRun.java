package org.intransit.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs fixture classes through the Jupiter engine, as a build would, and reads what happened. */
record FixtureRun(EngineExecutionResults results) {

    static FixtureRun of(Path reports, boolean parallel, Class<?>... fixtures) {
        FixtureRecord.clear();
        EngineTestKit.Builder kit = EngineTestKit.engine("junit-jupiter")
                .selectors(Arrays.stream(fixtures).map(c -> selectClass(c)).toArray(org.junit.platform.engine.DiscoverySelector[]::new))
                .configurationParameter(EngineTestKitOnly.PARAMETER, "true")
                .configurationParameter(RunReport.DIRECTORY_PARAMETER, reports.toString());
        if (parallel) {
            kit = kit.configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                    .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent");
        }
        return new FixtureRun(kit.execute());
    }

    /** The failures of the tests that failed. */
    List<Throwable> failures() {
        return results.testEvents().failed().stream()
                .map(e -> e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElseThrow())
                .toList();
    }

    /** The values published under {@code key}, in order. */
    List<String> reportEntries(String key) {
        return results.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getPayload(ReportEntry.class).orElseThrow())
                .flatMap(entry -> entry.getKeyValuePairs().entrySet().stream())
                .filter(pair -> pair.getKey().equals(key))
                .map(java.util.Map.Entry::getValue)
                .toList();
    }

    long succeeded() {
        return results.testEvents().succeeded().count();
    }

    List<Event> containerFailures() {
        return results.containerEvents().failed().list();
    }
}
