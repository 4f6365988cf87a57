package org.intransit.traffic;

import java.time.Duration;
import org.intransit.clock.ScenarioClock;
import org.intransit.scenario.TrafficPlan;

/**
 * Puts one load plan on the clock, open loop: every message is submitted at its intended time
 * whatever happened to the ones before, and never waits for them.
 *
 * <p>The schedule is filled one {@link #SLICE} of scenario time at a time: a slice task at the
 * slice's start takes the generator's messages intended before the slice's end, schedules one
 * task per message at its intended time, and schedules the next slice (where the next message
 * falls, when the rate leaves slices empty). So the schedule holds at most a slice of messages
 * (20 at 200/s), however long the plan. A message task only hands the
 * message to the injector; its bytes are written on a submission worker.
 */
final class LoadRunner {

    static final Duration SLICE = Duration.ofMillis(100);

    private final TrafficPlan plan;
    private final LoadGenerator generator;
    private final ScenarioClock clock;
    private final Injector injector;
    private final Addressing addressing;
    private final MessageFactory messages;
    private final String label;
    private LoadGenerator.Arrival pending;

    LoadRunner(TrafficPlan plan, long seed, ScenarioClock clock, Injector injector, Addressing addressing,
            MessageFactory messages) {
        this.plan = plan;
        this.generator = LoadGenerator.of(plan, seed);
        this.clock = clock;
        this.injector = injector;
        this.addressing = addressing;
        this.messages = messages;
        this.label = "load " + plan.name();
    }

    void schedule() {
        pending = generator.next();
        if (pending != null) {
            clock.schedule(plan.start(), label, () -> slice(plan.start()));
        }
    }

    private void slice(Duration from) {
        Duration to = from.plus(SLICE);
        while (pending != null && pending.intended().compareTo(to) < 0) {
            PlannedMessage message = planned(pending);
            clock.schedule(message.intended(), label, () -> injector.submit(message));
            pending = generator.next();
        }
        if (pending != null) {
            Duration next = pending.intended().compareTo(to) > 0 ? pending.intended() : to;
            clock.schedule(next, label, () -> slice(next));
        }
    }

    private PlannedMessage planned(LoadGenerator.Arrival arrival) {
        String trace = plan.name() + "-" + arrival.sequence();
        String envelopeFrom = addressing.address(arrival.from());
        String envelopeTo = addressing.address(arrival.to());
        return new PlannedMessage(trace, arrival.from(), arrival.to(), envelopeFrom, envelopeTo,
                addressing.entryServer(arrival.from()), arrival.size(), arrival.intended(),
                () -> messages.build(trace, envelopeFrom, envelopeTo, plan.subject(), arrival.size(),
                        arrival.intended(), clock.wallTime()));
    }
}
