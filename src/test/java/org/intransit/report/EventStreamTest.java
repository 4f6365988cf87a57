package org.intransit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.intransit.harness.Harness;
import org.intransit.harness.RunOptions;
import org.intransit.ledger.LedgerEvent;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code events.jsonl} streamed as the run goes is the in-memory ledger's serialization, line for line. */
@Timeout(60)
class EventStreamTest {

    private static final String SCENARIO = """
            name: stream
            duration: 30s
            organization: { smtpDomain: contoso.example }
            sites:
              - name: HQ
                servers: [ { name: EX1, kind: exchange55 }, { name: EX2, kind: exchange2003, gateway: true } ]
            mailboxes:
              - { group: u, count: 20, servers: [EX1, EX2] }
            traffic:
              - { name: load, from: { group: u }, to: { group: u }, rate: 10/s, arrivals: poisson }
              - { name: probe, from: internet, to: nobody@contoso.example, at: 5s }
            """;

    @TempDir
    Path reports;

    @Test
    void streamedEventsShouldEqualTheSerializationOfTheHistoryTheSummaryFolded() throws Exception {
        Scenario scenario = ScenarioLoader.parse(SCENARIO, "stream.yaml");
        Path runDirectory = reports.resolve("run-1");
        RunOptions options = RunOptions.defaults().withStreamTo(startedAt -> Files.createDirectories(runDirectory));
        try (Harness harness = Harness.start(scenario, options)) {
            assertThat(runDirectory.resolve("events.jsonl.tmp")).exists();
            harness.runToEnd();
            harness.finish();

            Path streamed = harness.streamedEvents().orElseThrow();
            assertThat(streamed).isEqualTo(runDirectory.resolve("events.jsonl"));
            assertThat(runDirectory.resolve("events.jsonl.tmp")).doesNotExist();
            StringWriter inMemory = new StringWriter();
            LedgerJson.write(harness.header(), harness.history(), inMemory);
            assertThat(Files.readString(streamed)).isEqualTo(inMemory.toString());

            LedgerJson.Contents read;
            try (BufferedReader in = Files.newBufferedReader(streamed)) {
                read = LedgerJson.read(in);
            }
            assertThat(read.header()).isEqualTo(harness.header());
            assertThat(read.ledger()).isEqualTo(harness.history());
            assertThat(read.ledger()).filteredOn(LedgerEvent.Submitted.class::isInstance).hasSizeGreaterThan(250);
        }
    }

    @Test
    void aStreamNeverFinishedShouldReadAsAnInterruptedRunUpToItsLastRecord() throws Exception {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        RunHeader header = new RunHeader("s", 1, "virtual", 1, Duration.ofHours(1), null, 0, false, start);
        EventStream stream = EventStream.open(reports, header);
        stream.accept(new LedgerEvent.Marker(Duration.ZERO, start, "start", "s"));
        stream.accept(new LedgerEvent.Submitted(Duration.ofMinutes(7), start.plusSeconds(2), "t-1", "a", "b", "EX1", 10,
                Duration.ofMinutes(6)));
        stream.close();

        LedgerJson.Contents read;
        try (BufferedReader in = Files.newBufferedReader(reports.resolve("events.jsonl.tmp"))) {
            read = LedgerJson.read(in);
        }
        assertThat(read.header()).isEqualTo(
                new RunHeader("s", 1, "virtual", 1, Duration.ofHours(1), Duration.ofMinutes(7), 2.0, true, start));
        assertThat(read.ledger()).hasSize(2);
        assertThat(((LedgerEvent.Submitted) read.ledger().get(1)).intendedAt()).isEqualTo(Duration.ofMinutes(6));
    }

    @Test
    void aSubmissionOnTimeShouldCarryNoIntendedTimeAndOlderFilesShouldStillRead() throws Exception {
        Instant wall = Instant.parse("2026-01-01T00:00:00Z");
        StringWriter out = new StringWriter();
        LedgerJson.writeEvent(new LedgerEvent.Submitted(Duration.ofSeconds(1), wall, "t-1", "a", "b", "EX1", 10), out);
        assertThat(out.toString()).doesNotContain("intended");

        String older = """
                {"run":{"scenario":"s","seed":1,"clockMode":"virtual","scale":1.0,"scenarioDuration":"PT1H",\
                "scenarioReached":"PT1H","wallSeconds":3.5,"interrupted":false,"startedAt":"2026-01-01T00:00:00Z"}}
                """ + out;
        LedgerJson.Contents read = LedgerJson.read(new BufferedReader(new StringReader(older)));
        assertThat(read.header().wallSeconds()).isEqualTo(3.5);
        assertThat(read.header().interrupted()).isFalse();
        assertThat(read.ledger()).extracting(LedgerEvent::trace).isEqualTo(List.of("t-1"));
    }
}
