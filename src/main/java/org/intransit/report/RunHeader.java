package org.intransit.report;

import java.time.Duration;
import java.time.Instant;

/**
 * What a run's report needs beyond the ledger and the scenario: the first line of
 * {@code events.jsonl}, so {@code intransit report} can rebuild every file.
 *
 * @param scenarioReached how far scenario time got (less than the duration when interrupted)
 */
public record RunHeader(String scenario, long seed, String clockMode, double scale, Duration scenarioDuration,
        Duration scenarioReached, double wallSeconds, boolean interrupted, Instant startedAt) {}
