package org.intransit.scenario;

import java.time.Duration;

/**
 * A point on the scenario timeline: a fixed time, or a named marker ({@code start}, {@code end},
 * {@code move.alice.commit}, {@code replica.SITE1.alice}, a {@code mark} event's name).
 */
public sealed interface TimeRef {

    record At(Duration time) implements TimeRef {}

    record Marker(String name) implements TimeRef {}
}
