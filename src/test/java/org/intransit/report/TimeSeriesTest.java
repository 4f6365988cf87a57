package org.intransit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.intransit.ledger.LedgerEvent;
import org.intransit.ledger.SubmissionResult;
import org.intransit.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** {@code series.json} from a hand-made ledger: offered rate, throughput, latency and queue peaks per bucket. */
class TimeSeriesTest {

    private static final Instant WALL = Instant.parse("2026-01-01T00:00:00Z");

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    @Test
    void seriesShouldCountByIntendedAndOutcomeTimeAndTrackQueuePeaksPerBucket() {
        List<LedgerEvent> ledger = new ArrayList<>();
        ledger.add(new LedgerEvent.Marker(ms(0), WALL, "start", "s"));
        ledger.add(new LedgerEvent.Submitted(ms(500), WALL, "t-1", "a", "b", "EX1", 10));
        ledger.add(new LedgerEvent.Received(ms(600), WALL, "t-1", "EX1", null, "a@c", "b@c", 1, "smtp"));
        ledger.add(new LedgerEvent.Queued(ms(600), WALL, "t-1", "EX1", "EX2"));
        ledger.add(new LedgerEvent.SubmissionCompleted(ms(600), WALL, "t-1", new SubmissionResult.Accepted("250 ok")));
        ledger.add(new LedgerEvent.Transferred(ms(2500), WALL, "t-1", "EX1", "EX2", "EX2", "rpc"));
        ledger.add(new LedgerEvent.Received(ms(2500), WALL, "t-1", "EX2", "EX1", "a@c", "b@c", 2, "rpc"));
        ledger.add(new LedgerEvent.Delivered(ms(3000), WALL, "t-1", "EX2", "b"));
        ledger.add(new LedgerEvent.Submitted(ms(4000), WALL, "t-2", "a", "b", "EX2", 10, ms(1000)));
        ledger.add(new LedgerEvent.Received(ms(4100), WALL, "t-2", "EX2", null, "a@c", "b@c", 1, "smtp"));
        ledger.add(new LedgerEvent.SubmissionCompleted(ms(4100), WALL, "t-2", new SubmissionResult.Accepted("250 ok")));
        ledger.add(new LedgerEvent.Delivered(ms(4500), WALL, "t-2", "EX2", "b"));
        ledger.add(new LedgerEvent.FoundAtEnd(ms(10_000), WALL, "t-1", "EX2", LedgerEvent.Place.MAILBOX, "b"));
        ledger.add(new LedgerEvent.FoundAtEnd(ms(10_000), WALL, "t-2", "EX2", LedgerEvent.Place.MAILBOX, "b"));
        ledger.add(new LedgerEvent.Marker(ms(10_000), WALL, "end", "completed"));
        RunHeader header = new RunHeader("s", 1, "virtual", 1, ms(10_000), ms(10_000), 1, false, WALL);
        RunSummary run = RunSummaries.of(header, ScenarioLoader.parse("""
                name: s
                duration: 10s
                organization: { smtpDomain: c }
                sites: [ { name: S, servers: [ { name: EX1, kind: exchange55 }, { name: EX2, kind: exchange55 } ] } ]
                mailboxes: [ { alias: a, server: EX1 }, { alias: b, server: EX2 } ]
                """, "s.yaml"), ledger);

        JsonNode series = TimeSeries.of(run, ledger);

        assertThat(series.get("bucket").asText()).isEqualTo("PT1S");
        JsonNode buckets = series.get("buckets");
        assertThat(buckets).hasSize(11);
        assertThat(column(buckets, "submitted")).containsExactly(1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(column(buckets, "delivered")).containsExactly(0L, 0L, 0L, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(buckets.get(3).at("/latency/p50").asLong()).as("three significant digits").isBetween(2500L, 2502L);
        assertThat(buckets.get(4).at("/latency/max").asLong()).as("from the intended 1 s to 4.5 s").isBetween(3500L, 3503L);
        List<Long> peaks = new ArrayList<>();
        series.at("/queues/EX1~1EX2").forEach(n -> peaks.add(n.asLong()));
        assertThat(peaks).containsExactly(1L, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(series.at("/markers/end").asText()).isEqualTo("PT10S");
    }

    @Test
    void bucketsShouldBeAboutAHundredAndTwentyOfARoundStep() {
        assertThat(TimeSeries.bucketMillis(Duration.ofMinutes(2))).isEqualTo(1_000);
        assertThat(TimeSeries.bucketMillis(Duration.ofHours(1))).isEqualTo(30_000);
        assertThat(TimeSeries.bucketMillis(Duration.ofDays(7))).isEqualTo(3_600_000 * 2);
    }

    private static List<Long> column(JsonNode buckets, String field) {
        List<Long> values = new ArrayList<>();
        buckets.forEach(b -> values.add(b.get(field).asLong()));
        return values;
    }
}
