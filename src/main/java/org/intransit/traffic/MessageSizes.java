package org.intransit.traffic;

import java.util.SplittableRandom;
import org.intransit.scenario.LoadPlan;

/**
 * The size of each load message: the plan's fixed size, or a draw from its range. The
 * log-normal draw has its median at the geometric mean of min and max and min and max three
 * standard deviations out (99.7% fall between them; the rest are clamped), which gives the long
 * right tail real mail sizes have.
 */
final class MessageSizes {

    private final long fixed;
    private final LoadPlan.SizeRange range;
    private final SplittableRandom random;
    private final double mu;
    private final double sigma;

    MessageSizes(long fixed, LoadPlan.SizeRange range, SplittableRandom random) {
        this.fixed = fixed;
        this.range = range;
        this.random = random;
        double lnMin = range == null ? 0 : Math.log(range.min());
        double lnMax = range == null ? 0 : Math.log(range.max());
        this.mu = (lnMin + lnMax) / 2;
        this.sigma = (lnMax - lnMin) / 6;
    }

    long next() {
        if (range == null || range.min() == range.max()) {
            return range == null ? fixed : range.min();
        }
        if (range.distribution() == LoadPlan.Distribution.UNIFORM) {
            return random.nextLong(range.min(), range.max() + 1);
        }
        long size = Math.round(Math.exp(mu + sigma * random.nextGaussian()));
        return Math.min(range.max(), Math.max(range.min(), size));
    }
}
