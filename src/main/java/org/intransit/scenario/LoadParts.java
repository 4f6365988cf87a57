package org.intransit.scenario;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The load keys of a {@link TrafficBuilder} ({@code rate} or {@code ramp}, {@code bursts},
 * {@code arrivals}, {@code pick}, {@code maxConnections}, a size range), read with the file's
 * rate forms ({@code "200/s"}) and checked against the plan's kind as a file's keys are.
 */
final class LoadParts {

    private final BuilderPlaces places;
    private final String path;
    private final Set<String> keys = new LinkedHashSet<>();
    private LoadPlan.Rate rate;
    private LoadPlan.Bursts bursts;
    private LoadPlan.Arrivals arrivals = LoadPlan.Arrivals.UNIFORM;
    private LoadPlan.Pick pick = LoadPlan.Pick.RANDOM;
    private LoadPlan.SizeRange sizes;
    private int maxConnections = LoadPlan.DEFAULT_MAX_CONNECTIONS;

    LoadParts(BuilderPlaces places, String path) {
        this.places = places;
        this.path = path;
    }

    void rate(String perUnit) {
        rate = places.record(LoadPlan.Rate.constant(rate(perUnit, key("rate"), false)), key("rate"));
    }

    void ramp(String from, String to, Duration over) {
        String ramp = key("ramp");
        double start = rate(from, Where.child(ramp, "from"), true);
        double end = rate(to, Where.child(ramp, "to"), true);
        if (start == 0 && end == 0) {
            throw places.fail(Where.child(ramp, "to"), "a ramp from 0/s to 0/s sends nothing; expected a rate greater"
                    + " than zero at one end");
        }
        Duration length = over == null ? null : places.positive(over, Where.child(ramp, "over"));
        rate = places.record(new LoadPlan.Rate(start, end, length), ramp, "over");
    }

    void bursts(String extra, Duration every, Duration length) {
        String burst = key("bursts");
        double perSecond = rate(extra, Where.child(burst, "rate"), false);
        places.positive(every, Where.child(burst, "every"));
        places.positive(length, Where.child(burst, "for"));
        if (length.compareTo(every) >= 0) {
            throw places.fail(Where.child(burst, "for"), "a burst of " + Durations.format(length) + " every "
                    + Durations.format(every) + " never ends; expected for shorter than every");
        }
        bursts = places.record(new LoadPlan.Bursts(perSecond, every, length), burst, "every");
    }

    void arrivals(LoadPlan.Arrivals spacing) {
        arrivals = places.required(spacing, "one of uniform, poisson", key("arrivals"));
    }

    void pick(LoadPlan.Pick how) {
        pick = places.required(how, "one of random, cycle", key("pick"));
    }

    void maxConnections(int connections) {
        maxConnections = places.range(connections, 1, LoadReader.MAX_CONNECTIONS, key("maxConnections"));
    }

    void sizes(long min, long max, LoadPlan.Distribution distribution) {
        String size = key("size");
        if (min <= 0) {
            throw places.fail(Where.child(size, "min"), "expected a size greater than zero but found " + min);
        }
        if (max < min) {
            throw places.fail(Where.child(size, "max"), "max " + max + " is smaller than min " + min
                    + "; expected max of at least min");
        }
        sizes = new LoadPlan.SizeRange(min, max, places.required(distribution, "one of uniform, lognormal",
                Where.child(size, "distribution")));
    }

    private double rate(String text, String at, boolean zeroAllowed) {
        return places.run(() -> Rates.read(places.field(text, at), zeroAllowed));
    }

    private String key(String key) {
        keys.add(key);
        return Where.child(path, key);
    }

    /** The load plan, or {@code null} for scripted traffic; {@code scripted} are the scripted-only keys given. */
    LoadPlan build(List<String> scripted) {
        boolean load = keys.contains("rate") || keys.contains("ramp");
        if (!load) {
            for (String key : keys) {
                throw places.fail(Where.child(path, key), key.equals("size")
                        ? "a size range applies only to load traffic (with rate or ramp); expected a size such as 8KiB"
                        : "key " + Suggest.quote(key) + " applies only to load traffic; expected rate or ramp next to it,"
                                + " or no " + key);
            }
            return null;
        }
        if (keys.contains("rate") && keys.contains("ramp")) {
            throw places.fail(Where.child(path, "ramp"), "expected either rate (constant) or ramp (changing), not both");
        }
        for (String key : scripted) {
            throw places.fail(Where.child(path, key), "key " + Suggest.quote(key) + " does not apply to load traffic"
                    + " (with rate or ramp); expected start and until to bound it");
        }
        return places.record(new LoadPlan(rate, bursts, arrivals, pick, sizes, maxConnections), path);
    }

    /** The smallest size of the range, the plan's {@code sizeBytes}; {@code null} without a range. */
    Long minSize() {
        return sizes == null ? null : sizes.min();
    }
}
