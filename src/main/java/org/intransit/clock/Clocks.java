package org.intransit.clock;

import java.util.Objects;
import org.intransit.scenario.ClockPlan;

/** Builds the clock a scenario's {@link ClockPlan} asks for. */
public final class Clocks {

    private Clocks() {}

    /**
     * A {@link VirtualClock} with the default stall limit for {@code VIRTUAL}, a
     * {@link ScaledClock} at {@link ClockPlan#scale()} for {@code SCALED}. The caller closes it.
     */
    public static ScenarioClock create(ClockPlan plan) {
        Objects.requireNonNull(plan, "plan");
        return switch (plan.mode()) {
            case VIRTUAL -> new VirtualClock();
            case SCALED -> new ScaledClock(plan.scale());
        };
    }
}
