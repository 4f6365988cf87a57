package org.intransit.scenario;

/** {@code virtual} jumps over idle time; {@code scaled} runs at wall time times a scale. */
public enum ClockMode {
    VIRTUAL,
    SCALED
}
