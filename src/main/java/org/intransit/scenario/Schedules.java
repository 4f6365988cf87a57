package org.intransit.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.intransit.scenario.YNode.YSeq;

/**
 * Reads schedules: {@code always}, {@code never}, an interval ({@code 1h}) or a list of times of
 * day ({@code ["01:00", "13:00"]}).
 */
final class Schedules {

    static final String EVERY_FORMS = "always, never or " + Durations.DURATION_FORMS;

    private Schedules() {}

    /** A replication agent's {@code every} or {@code times} (not both); {@code always} by default. */
    static Schedule agent(MapReader agent) {
        if (agent.has("every") && agent.has("times")) {
            throw agent.keyWhere("times").fail("expected either every or times, not both");
        }
        if (agent.has("times")) {
            return times(agent.required("times"));
        }
        return agent.get("every", Schedules::every, new Schedule.Always());
    }

    /** An X.400 connector's {@code schedule}: {@code always}, {@code never}, an interval or times. */
    static Schedule connector(Field field) {
        return field.node() instanceof YSeq ? times(field) : every(field);
    }

    static Schedule every(Field field) {
        String text = field.text(EVERY_FORMS).trim();
        switch (text.toLowerCase(Locale.ROOT)) {
            case "always":
                return new Schedule.Always();
            case "never":
                return new Schedule.Never();
            default:
                break;
        }
        Duration interval = Durations.parse(text);
        if (interval == null) {
            throw field.expected(EVERY_FORMS);
        }
        if (interval.isZero() || interval.isNegative()) {
            throw field.expected("always, never or a duration greater than zero");
        }
        return new Schedule.Every(interval);
    }

    static Schedule times(Field field) {
        List<Field> items = field.items("times of day \"HH:MM\"");
        if (items.isEmpty()) {
            throw field.expected("at least one time of day \"HH:MM\"");
        }
        List<Duration> times = new ArrayList<>();
        for (Field item : items) {
            Duration time = Durations.parseTimeOfDay(item.text(Durations.TIME_FORMS));
            if (time == null) {
                throw item.expected(Durations.TIME_FORMS);
            }
            if (times.contains(time)) {
                throw item.fail("duplicate time " + Durations.formatTimeOfDay(time) + "; expected each time once");
            }
            times.add(time);
        }
        times.sort(null);
        return new Schedule.Selected(times);
    }
}
