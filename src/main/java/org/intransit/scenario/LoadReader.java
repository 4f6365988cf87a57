package org.intransit.scenario;

import java.time.Duration;
import java.util.List;
import org.intransit.scenario.Field.Span;

/**
 * Reads the keys that make a traffic plan load traffic: {@code rate: 200/s} or
 * {@code ramp: {from: 10/s, to: 200/s, over: 10m}}, {@code bursts: {rate: 500/s, every: 5m,
 * for: 30s}}, {@code arrivals}, {@code pick}, {@code maxConnections}, and a size range
 * {@code size: {min: 1KiB, max: 64KiB, distribution: lognormal}}. How the ranges fit the plan's
 * span (a ramp or burst longer than it) is the validator's job.
 */
final class LoadReader {

    static final List<String> RAMP_KEYS = List.of("from", "to", "over");
    static final List<String> BURST_KEYS = List.of("rate", "every", "for");
    static final List<String> SIZE_KEYS = List.of("min", "max", "distribution");
    static final int MAX_CONNECTIONS = 1000;

    private final SourceMap places;

    LoadReader(SourceMap places) {
        this.places = places;
    }

    LoadPlan load(MapReader traffic, LoadPlan.SizeRange sizes) {
        LoadPlan.Rate rate = traffic.has("rate")
                ? LoadPlan.Rate.constant(Rates.read(traffic.required("rate"), false))
                : ramp(traffic.required("ramp"));
        LoadPlan.Bursts bursts = traffic.get("bursts", this::bursts, null);
        LoadPlan.Arrivals arrivals = traffic.choice("arrivals", LoadPlan.Arrivals.class, LoadPlan.Arrivals.UNIFORM);
        LoadPlan.Pick pick = traffic.choice("pick", LoadPlan.Pick.class, LoadPlan.Pick.RANDOM);
        int connections = traffic.integer("maxConnections", LoadPlan.DEFAULT_MAX_CONNECTIONS, 1, MAX_CONNECTIONS);
        return places.attach(new LoadPlan(rate, bursts, arrivals, pick, sizes, connections), traffic);
    }

    private LoadPlan.Rate ramp(Field field) {
        MapReader ramp = field.map(RAMP_KEYS);
        double from = Rates.read(ramp.required("from"), true);
        double to = Rates.read(ramp.required("to"), true);
        if (from == 0 && to == 0) {
            throw ramp.required("to").fail("both ends of the ramp are zero, so it sends nothing; expected a rate"
                    + " greater than zero at one end");
        }
        Duration over = ramp.duration("over", null, Span.POSITIVE);
        return places.attach(new LoadPlan.Rate(from, to, over), ramp);
    }

    private LoadPlan.Bursts bursts(Field field) {
        MapReader bursts = field.map(BURST_KEYS);
        double rate = Rates.read(bursts.required("rate"), false);
        Duration every = bursts.required("every").duration(Span.POSITIVE);
        Duration length = bursts.required("for").duration(Span.POSITIVE);
        if (length.compareTo(every) >= 0) {
            throw bursts.required("for").fail("a burst of " + Durations.format(length) + " every "
                    + Durations.format(every) + " never ends; expected for shorter than every");
        }
        return places.attach(new LoadPlan.Bursts(rate, every, length), bursts);
    }

    /** {@code size: {min, max, distribution}}; only load traffic draws sizes. */
    LoadPlan.SizeRange sizeRange(Field field, boolean load) {
        if (!load) {
            throw field.fail("a size range applies only to load traffic (with rate or ramp); expected a size"
                    + " such as 8KiB");
        }
        MapReader size = field.map(SIZE_KEYS);
        long min = size.required("min").size();
        long max = size.required("max").size();
        if (max < min) {
            throw size.required("max").fail("max " + size.text("max").trim() + " is smaller than min "
                    + size.text("min").trim() + "; expected max of at least min");
        }
        LoadPlan.Distribution distribution =
                size.choice("distribution", LoadPlan.Distribution.class, LoadPlan.Distribution.LOGNORMAL);
        return places.attach(new LoadPlan.SizeRange(min, max, distribution), size);
    }
}
