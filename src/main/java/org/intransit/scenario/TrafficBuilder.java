package org.intransit.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One traffic plan. <b>Scripted</b>: each tick sends one message from every sender to every
 * recipient, either {@link #at} (one tick) or {@link #start} with {@link #every} (repeated ticks
 * until {@link #until}, the scenario's end by default). <b>Load</b>: with {@link #rate} or
 * {@link #ramp}, messages arrive at that rate from {@code start} to {@code until}, each from one
 * sender to one recipient. 2 KiB messages with the subject {@code intransit <name>} unless told
 * otherwise; rates are written as in a file ({@code "200/s"}, {@code "30/m"}).
 */
public final class TrafficBuilder {

    private final BuilderPlaces places;
    private final String path;
    private final String name;
    private List<String> from = List.of();
    private List<String> to = List.of();
    private Duration start = Duration.ZERO;
    private String startKey;
    private Duration every;
    private Duration until;
    private long size = 2048;
    private String subject;
    private final LoadParts load;

    TrafficBuilder(BuilderPlaces places, String path, String name) {
        this.places = places;
        this.path = path;
        this.name = places.nonBlank(name, "a traffic name", Where.child(path, "name"));
        this.load = new LoadParts(places, path);
    }

    /** Senders as a list, such as a mailbox group's aliases ({@link ScenarioBuilder#group}). */
    public TrafficBuilder from(List<String> senders) {
        return from(senders.toArray(String[]::new));
    }

    public TrafficBuilder to(List<String> recipients) {
        return to(recipients.toArray(String[]::new));
    }

    /** Load traffic at a constant rate, such as {@code "200/s"}. */
    public TrafficBuilder rate(String perUnit) {
        load.rate(perUnit);
        return this;
    }

    /** Load traffic from one rate to another over {@code over} from the start ({@code null}: the whole plan). */
    public TrafficBuilder ramp(String from, String to, Duration over) {
        load.ramp(from, to, over);
        return this;
    }

    /** {@code extra} more messages per unit during {@code length}, every {@code every} after the start. */
    public TrafficBuilder bursts(String extra, Duration every, Duration length) {
        load.bursts(extra, every, length);
        return this;
    }

    /** How arrivals are spaced (uniform by default). */
    public TrafficBuilder arrivals(LoadPlan.Arrivals spacing) {
        load.arrivals(spacing);
        return this;
    }

    /** How each message picks its sender and recipient (random by default). */
    public TrafficBuilder pick(LoadPlan.Pick how) {
        load.pick(how);
        return this;
    }

    /** At most this many submissions at once on the scaled clock (8 by default). */
    public TrafficBuilder maxConnections(int connections) {
        load.maxConnections(connections);
        return this;
    }

    /** Load traffic's sizes, drawn between {@code min} and {@code max} bytes (lognormal by default in a file). */
    public TrafficBuilder size(long min, long max, LoadPlan.Distribution distribution) {
        load.sizes(min, max, distribution);
        return this;
    }

    /** Mailbox aliases, {@code internet}, or addresses. */
    public TrafficBuilder from(String... senders) {
        from = texts("from", TimelineReader.SENDER_FORM, senders);
        return this;
    }

    /** Mailbox aliases or addresses. */
    public TrafficBuilder to(String... recipients) {
        to = texts("to", TimelineReader.RECIPIENT_FORM, recipients);
        return this;
    }

    /** A single tick at {@code time}. */
    public TrafficBuilder at(Duration time) {
        if (every != null) {
            throw places.fail(Where.child(path, "at"),
                    "expected either at (one message) or every (repeated messages), not both; use start with every");
        }
        start = places.nonNegative(time, startKey("at"));
        return this;
    }

    /** The first tick of a repeated plan. */
    public TrafficBuilder start(Duration time) {
        start = places.nonNegative(time, startKey("start"));
        return this;
    }

    public TrafficBuilder every(Duration interval) {
        if ("at".equals(startKey)) {
            throw places.fail(Where.child(path, "every"),
                    "expected either at (one message) or every (repeated messages), not both; use start with every");
        }
        every = places.positive(interval, Where.child(path, "every"));
        return this;
    }

    /** No tick at or after {@code time}. */
    public TrafficBuilder until(Duration time) {
        until = places.positive(time, Where.child(path, "until"));
        return this;
    }

    public TrafficBuilder size(long bytes) {
        if (bytes <= 0) {
            throw places.fail(Where.child(path, "size"), "expected a size greater than zero but found " + bytes);
        }
        size = bytes;
        return this;
    }

    public TrafficBuilder subject(String text) {
        subject = places.required(text, "a subject", Where.child(path, "subject"));
        return this;
    }

    private String startKey(String key) {
        if (startKey != null && !startKey.equals(key)) {
            throw places.fail(Where.child(path, key), "expected either at or start, not both");
        }
        startKey = key;
        return Where.child(path, key);
    }

    private List<String> texts(String key, String what, String... values) {
        String listPath = Where.child(path, key);
        if (values == null || values.length == 0) {
            throw places.fail(listPath, "expected " + what + " or a list of them but found an empty list");
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            texts.add(places.required(values[i], what, listPath + "[" + i + "]").trim());
        }
        return texts;
    }

    TrafficPlan build(Duration scenarioDuration) {
        places.required(from.isEmpty() ? null : from, TimelineReader.SENDER_FORM, Where.child(path, "from"));
        places.required(to.isEmpty() ? null : to, TimelineReader.RECIPIENT_FORM, Where.child(path, "to"));
        List<String> scripted = new ArrayList<>();
        if ("at".equals(startKey)) {
            scripted.add("at");
        }
        if (every != null) {
            scripted.add("every");
        }
        LoadPlan loadPlan = load.build(scripted);
        long bytes = load.minSize() != null ? load.minSize() : size;
        TrafficPlan plan = new TrafficPlan(name, from, to, start, every, until != null ? until : scenarioDuration, bytes,
                subject != null ? subject : "intransit " + name, loadPlan);
        List<String> keys = new ArrayList<>(List.of("name", "start", "to"));
        if (until != null) {
            keys.add("until");
        }
        for (int i = 0; i < from.size(); i++) {
            keys.add("from[" + i + "]");
        }
        for (int i = 0; i < to.size(); i++) {
            keys.add("to[" + i + "]");
        }
        return places.record(plan, path, keys.toArray(String[]::new));
    }
}
