package org.intransit.report;

import java.util.List;
import org.HdrHistogram.Histogram;
import org.intransit.check.Fate;
import org.intransit.check.MessageRecord;

/**
 * Delivery latency of delivered messages, in scenario milliseconds from the <em>intended</em>
 * submission time ({@link MessageRecord#latency()}) to delivery, as HdrHistogram percentiles with
 * three significant digits.
 *
 * <p>Counting from the intended time is the coordinated-omission correction itself: when the
 * harness stalls, every message due during the stall is sent late and each carries its wait, so
 * the stall is in the percentiles. HdrHistogram's {@code recordValueWithExpectedInterval}
 * corrects a closed-loop measurement after the fact by adding the samples a stalled client never
 * took; applied to these samples it would count each stall twice, so it is not used.
 */
public record LatencySummary(long count, long p50, long p90, long p99, long p999, long max) {

    public static LatencySummary of(List<MessageRecord> messages) {
        Histogram histogram = new Histogram(3);
        for (MessageRecord m : messages) {
            if (m.fate() == Fate.DELIVERED && m.latency() != null) {
                histogram.recordValue(Math.max(0, m.latency().toMillis()));
            }
        }
        if (histogram.getTotalCount() == 0) {
            return new LatencySummary(0, 0, 0, 0, 0, 0);
        }
        return new LatencySummary(histogram.getTotalCount(),
                histogram.getValueAtPercentile(50), histogram.getValueAtPercentile(90),
                histogram.getValueAtPercentile(99), histogram.getValueAtPercentile(99.9), histogram.getMaxValue());
    }
}
