package org.intransit.report;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.intransit.check.MessageRecord;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.TrafficPlan;

/**
 * Submitted messages counted per bucket of submission time and per outcome: the data of the
 * outcome chart, kept apart from its drawing so the bucket choice can be tested on its own.
 *
 * @param counts per bucket, the count of each {@link HtmlOutcome} (by ordinal)
 */
record HtmlOutcomeBuckets(Duration size, long[][] counts) {

    static final int MAX_BUCKETS = 120;
    static final int MIN_BUCKETS = 40;

    private static final List<Duration> SIZES = Stream.of(1L, 2L, 5L, 10L, 15L, 20L, 30L, 60L, 120L, 180L, 240L, 300L,
            360L, 600L, 720L, 900L, 1200L, 1800L, 3600L, 7200L, 10800L, 14400L, 21600L, 43200L, 86400L)
            .map(Duration::ofSeconds).toList();

    static HtmlOutcomeBuckets of(HtmlModel model) {
        long size = size(model.end(), model.scenario()).toMillis();
        int buckets = (int) Math.max(1, (model.end().toMillis() + size - 1) / size);
        long[][] counts = new long[buckets][HtmlOutcome.values().length];
        for (MessageRecord m : model.submitted()) {
            int i = (int) Math.min(buckets - 1, Math.max(0, m.submittedAt().toMillis() / size));
            counts[i][HtmlOutcome.of(m.fate()).ordinal()]++;
        }
        return new HtmlOutcomeBuckets(Duration.ofMillis(size), counts);
    }

    /**
     * The bucket width: a round duration that cuts the run into at most 120 buckets, preferring
     * one that is a multiple of every traffic interval (and still gives 40 buckets or more), so
     * that steady traffic draws as a level row of bars rather than a comb.
     */
    static Duration size(Duration end, Scenario scenario) {
        List<Long> periods = scenario.traffic().stream().map(TrafficPlan::every).filter(Objects::nonNull)
                .map(Duration::toMillis).filter(p -> p > 0).toList();
        Duration fallback = null;
        for (Duration size : SIZES) {
            long count = (end.toMillis() + size.toMillis() - 1) / size.toMillis();
            if (count > MAX_BUCKETS) {
                continue;
            }
            if (fallback == null) {
                fallback = size;
            }
            if (count < MIN_BUCKETS) {
                break;
            }
            if (periods.stream().allMatch(p -> size.toMillis() % p == 0)) {
                return size;
            }
        }
        return fallback != null ? fallback : SvgTimeAxis.step(end, MAX_BUCKETS);
    }

    Duration start(int bucket) {
        return size.multipliedBy(bucket);
    }

    /** The largest number of messages in one bucket. */
    long most() {
        return Arrays.stream(counts).mapToLong(c -> Arrays.stream(c).sum()).max().orElse(0);
    }
}
