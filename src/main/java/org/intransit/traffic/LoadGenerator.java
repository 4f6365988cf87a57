package org.intransit.traffic;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.intransit.scenario.LoadPlan;
import org.intransit.scenario.TrafficPlan;

/**
 * The messages of one load plan, in order of intended send time: a pure function of the plan
 * and the seed, without clock or sockets.
 *
 * <p>Randomness comes from a {@link SplittableRandom} seeded from the scenario seed and the
 * plan's name, split into one stream each for arrival times, sender and recipient picks, and
 * sizes, so the same seed gives the same messages and changing, say, the size range does not
 * move a single arrival.
 */
public final class LoadGenerator {

    /** One planned message: {@code sequence} from 1, as in the trace {@code <plan>-<sequence>}. */
    public record Arrival(long sequence, Duration intended, String from, String to, long size) {}

    private final TrafficPlan plan;
    private final ArrivalStream times;
    private final SplittableRandom picks;
    private final MessageSizes sizes;
    private long sequence;

    private LoadGenerator(TrafficPlan plan, long seed) {
        LoadPlan load = plan.load();
        this.plan = plan;
        SplittableRandom root = new SplittableRandom(seedFor(seed, plan.name()));
        double span = RateCurve.seconds(plan.until().minus(plan.start()));
        this.times = new ArrivalStream(new RateCurve(load, span), load.arrivals(), root.split());
        this.picks = root.split();
        this.sizes = new MessageSizes(plan.sizeBytes(), load.sizes(), root.split());
    }

    /** @param plan a load plan ({@link TrafficPlan#isLoad()}) */
    public static LoadGenerator of(TrafficPlan plan, long seed) {
        if (!plan.isLoad()) {
            throw new IllegalArgumentException("traffic " + plan.name() + " is not load traffic");
        }
        return new LoadGenerator(plan, seed);
    }

    /** The next message, or {@code null} once the plan's until is reached. */
    public Arrival next() {
        double t = times.next();
        if (Double.isNaN(t)) {
            return null;
        }
        long n = ++sequence;
        Duration intended = plan.start().plusNanos(Math.round(t * 1e9));
        String from = pick(plan.from(), n);
        String to = pick(plan.to(), n);
        return new Arrival(n, intended, from, to, sizes.next());
    }

    private String pick(List<String> names, long n) {
        if (plan.load().pick() == LoadPlan.Pick.CYCLE) {
            return names.get((int) ((n - 1) % names.size()));
        }
        return names.get(picks.nextInt(names.size()));
    }

    /** A seed that differs per plan: the scenario seed mixed with the name's hash. */
    static long seedFor(long seed, String planName) {
        long h = seed * 0x9E3779B97F4A7C15L + planName.hashCode();
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }
}
