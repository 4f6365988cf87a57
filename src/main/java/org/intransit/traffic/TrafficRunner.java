package org.intransit.traffic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.intransit.clock.ScenarioClock;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.TrafficPlan;

/**
 * Puts a scenario's traffic plans on the clock. Each tick of a scripted plan submits one message
 * from every sender to every recipient, in the order the plan lists them; the tick then schedules
 * the next one, so a long stream never fills the schedule ahead of time. A load plan runs on its
 * own {@link LoadRunner} and its own injector, capped at the plan's {@code maxConnections}.
 *
 * <p>Scripted plans that follow each other in the file with the same ticks (start, every,
 * until) share one clock task per tick, which submits their messages in file order: their
 * submissions then overlap on the wire (the injector keeps their effects in that order), where
 * one task per plan would wait for the first plan's submissions to finish before the second's
 * begin. Everything else keeps its place, but for a task that the first plan's in-flight work
 * schedules for exactly its next tick: it now runs after both plans' submissions of that tick.
 *
 * <p>Trace ids are {@code <plan name>-<n>}, numbered from 1 in submission order per plan, so
 * the same scenario and seed give the same ids.
 */
public final class TrafficRunner {

    private final Scenario scenario;
    private final ScenarioClock clock;
    private final Injector injector;
    private final long seed;
    private final boolean oneAtATime;
    private final Addressing addressing;
    private final MessageFactory messages;
    private final AtomicLong adHoc = new AtomicLong();

    /** Load plans get their {@code maxConnections}. */
    public TrafficRunner(Scenario scenario, ScenarioClock clock, Injector injector, long seed) {
        this(scenario, clock, injector, seed, false);
    }

    /**
     * @param oneAtATime whether load plans submit one message at a time whatever their
     *     {@code maxConnections} (the virtual clock, so runs repeat)
     */
    public TrafficRunner(Scenario scenario, ScenarioClock clock, Injector injector, long seed, boolean oneAtATime) {
        this.scenario = scenario;
        this.clock = clock;
        this.injector = injector;
        this.seed = seed;
        this.oneAtATime = oneAtATime;
        this.addressing = new Addressing(scenario);
        this.messages = new MessageFactory(seed, scenario.organization().smtpDomain());
    }

    /** Schedules the first tick (or slice) of every plan, in file order. */
    public void schedule() {
        List<TrafficPlan> sameTicks = new ArrayList<>();
        for (TrafficPlan plan : scenario.traffic()) {
            if (!sameTicks.isEmpty() && (plan.isLoad() || !sameTicks(sameTicks.get(0), plan))) {
                scheduleTicks(List.copyOf(sameTicks));
                sameTicks.clear();
            }
            if (plan.isLoad()) {
                Injector own = injector.withConnections(oneAtATime ? 1 : plan.load().maxConnections());
                new LoadRunner(plan, seed, clock, own, addressing, messages).schedule();
            } else {
                sameTicks.add(plan);
            }
        }
        if (!sameTicks.isEmpty()) {
            scheduleTicks(List.copyOf(sameTicks));
        }
    }

    private static boolean sameTicks(TrafficPlan a, TrafficPlan b) {
        return Objects.equals(a.start(), b.start()) && Objects.equals(a.every(), b.every())
                && Objects.equals(a.until(), b.until());
    }

    /** One task per tick for {@code plans}, which share their ticks. */
    private void scheduleTicks(List<TrafficPlan> plans) {
        String label = "traffic " + plans.stream().map(TrafficPlan::name).collect(Collectors.joining("+"));
        List<AtomicLong> sequences = plans.stream().map(p -> new AtomicLong()).toList();
        TrafficPlan first = plans.get(0);
        clock.schedule(first.start(), label, () -> tick(plans, sequences, label, first.start()));
    }

    /**
     * Submits one message now, outside the plans (a test's {@code send}); returns its trace id,
     * {@code adhoc-<n>}. Senders and recipients are named as in a traffic plan.
     */
    public String sendNow(String from, String to, String subject, long sizeBytes) {
        String trace = "adhoc-" + adHoc.incrementAndGet();
        injector.submit(planned(trace, from, to, subject, sizeBytes, null));
        return trace;
    }

    private void tick(List<TrafficPlan> plans, List<AtomicLong> sequences, String label, Duration at) {
        for (int i = 0; i < plans.size(); i++) {
            TrafficPlan plan = plans.get(i);
            for (String from : plan.from()) {
                for (String to : plan.to()) {
                    String trace = plan.name() + "-" + sequences.get(i).incrementAndGet();
                    injector.submit(planned(trace, from, to, plan.subject(), plan.sizeBytes(), at));
                }
            }
        }
        TrafficPlan first = plans.get(0);
        if (first.every() != null) {
            Duration next = at.plus(first.every());
            if (next.compareTo(first.until()) < 0) {
                clock.schedule(next, label, () -> tick(plans, sequences, label, next));
            }
        }
    }

    private PlannedMessage planned(String trace, String from, String to, String subject, long size, Duration intended) {
        String envelopeFrom = addressing.address(from);
        String envelopeTo = addressing.address(to);
        byte[] content = messages.build(trace, envelopeFrom, envelopeTo, subject, size, clock.now(), clock.wallTime());
        return new PlannedMessage(trace, from, to, envelopeFrom, envelopeTo, addressing.entryServer(from),
                content.length, intended, () -> content);
    }
}
