package org.intransit.scenario;

import java.util.ArrayList;
import java.util.List;
import org.intransit.scenario.YNode.YScalar;
import org.intransit.scenario.YNode.YSeq;

/** The builder's schedule checks: the same rules (and words) as a file's {@code every} and {@code times}. */
final class BuiltSchedules {

    private BuiltSchedules() {}

    /** {@code "01:00", "13:00"} read as a file's {@code times} list: at least one, each once, in order. */
    static Schedule times(BuilderPlaces places, String path, String... times) {
        List<YNode> items = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            items.add(new YScalar(times[i], true, places.where(path + "[" + i + "]").line(), 0));
        }
        Field list = new Field(new YSeq(items, places.where(path).line(), 0), path);
        return places.run(() -> Schedules.times(list));
    }

    /** A schedule given as a record: an interval greater than zero, valid times of day. */
    static Schedule check(BuilderPlaces places, String path, Schedule schedule) {
        places.required(schedule, Schedules.EVERY_FORMS, path);
        if (schedule instanceof Schedule.Every every) {
            places.positive(every.interval(), path);
        } else if (schedule instanceof Schedule.Selected selected) {
            return times(places, path, selected.timesOfDay().stream().map(Durations::formatTimeOfDay).toArray(String[]::new));
        }
        return schedule;
    }
}
