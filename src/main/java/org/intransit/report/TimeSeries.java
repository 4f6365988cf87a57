package org.intransit.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.intransit.check.Fate;
import org.intransit.check.MessageRecord;
import org.intransit.check.Origin;
import org.intransit.check.QueueHistories;
import org.intransit.check.QueueHistory;
import org.intransit.ledger.LedgerEvent;

/**
 * {@code series.json}: how a run went over scenario time, for load runs above all, in equal
 * buckets (at most {@value #BUCKETS} over the scenario's duration, rounded up to 1, 5, 10 or 30
 * seconds or minutes, or whole hours) up to the time reached:
 *
 * <ul>
 *   <li>{@code submitted}: the scenario's messages by intended send time (the offered rate);
 *   <li>{@code delivered}, {@code ndr}: outcomes by the time they happened (the throughput);
 *   <li>{@code latency}: p50, p90, p99 and max (scenario ms, from the intended time, as
 *       {@link LatencySummary}) of the messages delivered in the bucket;
 *   <li>{@code queues}: per {@code server/queue}, the most messages it held in each bucket;
 *   <li>{@code markers}: the timeline (move phases, replica arrivals, events) to mark on it.
 * </ul>
 * A pure function of the summary and the ledger, so {@code intransit report} writes it again.
 */
final class TimeSeries {

    static final int BUCKETS = 120;
    private static final long[] STEPS_MS = {1_000, 5_000, 10_000, 30_000, 60_000, 300_000, 600_000, 1_800_000, 3_600_000};

    private TimeSeries() {}

    static ObjectNode of(RunSummary run, List<LedgerEvent> ledger) {
        long bucket = bucketMillis(run.scenarioDuration());
        int count = (int) (Math.max(1, run.scenarioReached().toMillis()) / bucket) + 1;
        long[] submitted = new long[count];
        long[] delivered = new long[count];
        long[] ndr = new long[count];
        Histogram[] latency = new Histogram[count];
        for (MessageRecord m : run.conservation().messages()) {
            if (m.origin() == Origin.INJECTED) {
                submitted[index(m.intendedAt(), bucket, count)]++;
            }
            if (m.outcomeAt() != null && m.fate() == Fate.DELIVERED) {
                int i = index(m.outcomeAt(), bucket, count);
                delivered[i]++;
                if (latency[i] == null) {
                    latency[i] = new Histogram(3);
                }
                latency[i].recordValue(Math.max(0, m.latency().toMillis()));
            } else if (m.outcomeAt() != null && m.fate() == Fate.NDR) {
                ndr[index(m.outcomeAt(), bucket, count)]++;
            }
        }
        ObjectNode root = SummaryJson.JSON.createObjectNode();
        root.put("bucket", Duration.ofMillis(bucket).toString());
        root.put("unit", "ms");
        ArrayNode buckets = root.putArray("buckets");
        for (int i = 0; i < count; i++) {
            ObjectNode b = buckets.addObject();
            b.put("start", Duration.ofMillis(i * bucket).toString());
            b.put("submitted", submitted[i]);
            b.put("delivered", delivered[i]);
            b.put("ndr", ndr[i]);
            ObjectNode l = b.putObject("latency");
            Histogram h = latency[i];
            l.put("p50", h == null ? 0 : h.getValueAtPercentile(50));
            l.put("p90", h == null ? 0 : h.getValueAtPercentile(90));
            l.put("p99", h == null ? 0 : h.getValueAtPercentile(99));
            l.put("max", h == null ? 0 : h.getMaxValue());
        }
        ObjectNode queues = root.putObject("queues");
        for (Map.Entry<String, QueueHistory> q : QueueHistories.of(ledger).entrySet()) {
            ArrayNode peaks = queues.putArray(q.getKey());
            for (int peak : peaks(q.getValue(), bucket, count)) {
                peaks.add(peak);
            }
        }
        ObjectNode markers = root.putObject("markers");
        run.timeline().forEach((name, at) -> markers.put(name, at.toString()));
        return root;
    }

    /** The most messages the queue held in each bucket (what it held coming in counts too). */
    private static int[] peaks(QueueHistory history, long bucket, int count) {
        int[] peaks = new int[count];
        int depth = 0;
        int filled = 0;
        for (QueueHistory.Step step : history.steps()) {
            int i = index(step.at(), bucket, count);
            for (; filled < i; filled++) {
                peaks[filled + 1] = Math.max(peaks[filled + 1], depth);
            }
            peaks[i] = Math.max(peaks[i], Math.max(step.peak(), step.depth()));
            depth = step.depth();
        }
        for (; filled < count - 1; filled++) {
            peaks[filled + 1] = Math.max(peaks[filled + 1], depth);
        }
        return peaks;
    }

    private static int index(Duration at, long bucket, int count) {
        return (int) Math.min(count - 1, Math.max(0, at.toMillis() / bucket));
    }

    /** The smallest step that splits {@code duration} into at most {@value #BUCKETS} buckets. */
    static long bucketMillis(Duration duration) {
        long wanted = (duration.toMillis() + BUCKETS - 1) / BUCKETS;
        for (long step : STEPS_MS) {
            if (step >= wanted) {
                return step;
            }
        }
        return ((wanted + 3_600_000 - 1) / 3_600_000) * 3_600_000;
    }
}
