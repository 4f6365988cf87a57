package org.intransit.scenario;

import java.time.Duration;

/**
 * A point on the scenario timeline: a fixed time, a named marker ({@code start}, {@code end},
 * {@code move.alice.commit}, {@code replica.SITE1.alice}, a {@code mark} event's name), or one of
 * those shifted by a duration ({@code move.alice.commit + 15m}).
 */
public sealed interface TimeRef {

    record At(Duration time) implements TimeRef {}

    record Marker(String name) implements TimeRef {}

    /** {@code base} shifted by {@code by} (negative for earlier). */
    record Offset(TimeRef base, Duration by) implements TimeRef {}
}
