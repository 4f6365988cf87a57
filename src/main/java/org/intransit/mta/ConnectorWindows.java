package org.intransit.mta;

import java.time.Duration;
import java.util.Optional;
import org.intransit.scenario.Schedule;

/**
 * When a scheduled (X.400) connector may open, per its schedule: {@code always} now;
 * {@code never} not at all; {@code every: d} and selected times in blocks of
 * {@value #WINDOW_MINUTES} minutes, as Exchange's schedule grid has them, starting at each
 * multiple of {@code d} or at each selected time of each scenario day.
 */
final class ConnectorWindows {

    static final long WINDOW_MINUTES = 15;
    private static final Duration WINDOW = Duration.ofMinutes(WINDOW_MINUTES);
    private static final Duration DAY = Duration.ofDays(1);

    private ConnectorWindows() {}

    /** The earliest scenario time at or after {@code now} when the connector may open. */
    static Optional<Duration> nextActive(Schedule schedule, Duration now) {
        if (schedule instanceof Schedule.Always) {
            return Optional.of(now);
        }
        if (schedule instanceof Schedule.Never) {
            return Optional.empty();
        }
        if (schedule instanceof Schedule.Every every) {
            long period = every.interval().toNanos();
            Duration start = Duration.ofNanos(now.toNanos() / period * period);
            return Optional.of(now.compareTo(start.plus(WINDOW)) < 0 ? now : start.plus(every.interval()));
        }
        Schedule.Selected selected = (Schedule.Selected) schedule;
        if (selected.timesOfDay().isEmpty()) {
            return Optional.empty();
        }
        Duration day = Duration.ofNanos(now.toNanos() / DAY.toNanos() * DAY.toNanos());
        for (int d = 0; d <= 1; d++) {
            Duration dayStart = day.plus(DAY.multipliedBy(d));
            for (Duration time : selected.timesOfDay()) {
                Duration start = dayStart.plus(time);
                if (now.compareTo(start.plus(WINDOW)) < 0) {
                    return Optional.of(now.compareTo(start) > 0 ? now : start);
                }
            }
        }
        return Optional.empty();
    }
}
