package org.intransit.junit;

import java.util.Map;
import java.util.WeakHashMap;
import org.intransit.clock.VirtualClock;
import org.intransit.harness.Harness;
import org.intransit.scenario.ClockMode;
import org.intransit.scenario.ClockPlan;

/**
 * The clock plan each harness runs on, which the harness does not tell: a run started with a
 * time scale runs a virtual-clock scenario on the scaled clock. The extension records the plan
 * of the runs it starts; for any other harness the scenario's own plan is the answer when it
 * matches the clock's kind.
 */
final class RunClocks {

    private static final Map<Harness, ClockPlan> PLANS = new WeakHashMap<>();

    private RunClocks() {}

    static synchronized void remember(Harness harness, ClockPlan plan) {
        PLANS.put(harness, plan);
    }

    static synchronized void forget(Harness harness) {
        PLANS.remove(harness);
    }

    static ClockPlan of(Harness harness) {
        synchronized (RunClocks.class) {
            ClockPlan known = PLANS.get(harness);
            if (known != null) {
                return known;
            }
        }
        boolean virtual = harness.clock() instanceof VirtualClock;
        ClockPlan declared = harness.scenario().clock();
        if (virtual) {
            return ClockPlan.virtual();
        }
        if (declared.mode() == ClockMode.SCALED) {
            return declared;
        }
        throw new IllegalStateException("the harness of " + harness.scenario().name() + " runs on the scaled clock at a"
                + " scale it does not tell; start it through IntransitExtension, or use IntransitAwait.on(harness, ClockPlan.scaled(scale))");
    }
}
