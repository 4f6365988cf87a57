package org.intransit.scenario;

import java.time.Duration;
import java.util.List;

/**
 * When something scheduled runs: a replication agent or an X.400 connector.
 *
 * <p>In YAML: {@code every: always}, {@code every: never}, {@code every: 1h}, or
 * {@code times: ["01:00", "13:00"]} (times of each scenario day). What {@code always} means
 * depends on the owner (ADC: every 5 minutes; directory replication: every 15 minutes).
 */
public sealed interface Schedule {

    record Always() implements Schedule {}

    record Never() implements Schedule {}

    record Every(Duration interval) implements Schedule {}

    /** @param timesOfDay offsets from the start of each scenario day, ascending */
    record Selected(List<Duration> timesOfDay) implements Schedule {
        public Selected {
            timesOfDay = List.copyOf(timesOfDay);
        }
    }
}
