package org.intransit.directory;

import java.time.Duration;
import java.util.Optional;
import org.intransit.scenario.Schedule;

/**
 * When a replication agent runs next. Intervals count from the scenario's start, so runs fall on
 * multiples of the interval and the first is one interval in, not at 0 (the replicas start fully
 * replicated). Selected times repeat every scenario day; a time of {@code 00:00} runs from day 1.
 *
 * @param always what {@code every: always} means for this agent (ADC 5 min, DRC 15 min)
 */
record AgentSchedule(Schedule schedule, Duration always) {

    static final Duration ADC_ALWAYS = Duration.ofMinutes(5);
    static final Duration DRC_ALWAYS = Duration.ofMinutes(15);

    private static final Duration DAY = Duration.ofDays(1);

    /** The first run strictly after {@code now}; empty for {@code never} (runs only when forced). */
    Optional<Duration> nextAfter(Duration now) {
        if (schedule instanceof Schedule.Always) {
            return Optional.of(nextMultiple(now, always));
        }
        if (schedule instanceof Schedule.Every every) {
            return Optional.of(nextMultiple(now, every.interval()));
        }
        if (schedule instanceof Schedule.Selected selected) {
            return nextSelected(now, selected);
        }
        return Optional.empty();
    }

    private static Duration nextMultiple(Duration now, Duration interval) {
        long periods = now.toNanos() / interval.toNanos();
        return interval.multipliedBy(periods + 1);
    }

    private static Optional<Duration> nextSelected(Duration now, Schedule.Selected selected) {
        Duration dayStart = DAY.multipliedBy(now.toNanos() / DAY.toNanos());
        for (Duration day = dayStart; day.compareTo(dayStart.plus(DAY)) <= 0; day = day.plus(DAY)) {
            for (Duration offset : selected.timesOfDay()) {
                Duration at = day.plus(offset);
                if (at.compareTo(now) > 0) {
                    return Optional.of(at);
                }
            }
        }
        return Optional.empty();
    }
}
