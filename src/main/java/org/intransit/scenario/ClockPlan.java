package org.intransit.scenario;

/**
 * How scenario time relates to wall time.
 *
 * @param scale scenario seconds per wall second; used only by {@link ClockMode#SCALED}, 1 by default
 */
public record ClockPlan(ClockMode mode, double scale) {

    public static ClockPlan virtual() {
        return new ClockPlan(ClockMode.VIRTUAL, 1);
    }

    public static ClockPlan scaled(double scale) {
        return new ClockPlan(ClockMode.SCALED, scale);
    }
}
