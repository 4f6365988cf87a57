package org.intransit.traffic;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.intransit.clock.ScenarioClock;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.TrafficPlan;

/**
 * Puts a scenario's traffic plans on the clock. Each tick of a scripted plan submits one message
 * from every sender to every recipient, in the order the plan lists them; the tick then schedules
 * the next one, so a long stream never fills the schedule ahead of time. A load plan runs on its
 * own {@link LoadRunner} and its own injector, capped at the plan's {@code maxConnections}.
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

    /** Schedules the first tick (or slice) of every plan. */
    public void schedule() {
        for (TrafficPlan plan : scenario.traffic()) {
            if (plan.isLoad()) {
                Injector own = injector.withConnections(oneAtATime ? 1 : plan.load().maxConnections());
                new LoadRunner(plan, seed, clock, own, addressing, messages).schedule();
            } else {
                AtomicLong sequence = new AtomicLong();
                clock.schedule(plan.start(), "traffic " + plan.name(), () -> tick(plan, plan.start(), sequence));
            }
        }
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

    private void tick(TrafficPlan plan, Duration at, AtomicLong sequence) {
        for (String from : plan.from()) {
            for (String to : plan.to()) {
                String trace = plan.name() + "-" + sequence.incrementAndGet();
                injector.submit(planned(trace, from, to, plan.subject(), plan.sizeBytes(), at));
            }
        }
        if (plan.every() != null) {
            Duration next = at.plus(plan.every());
            if (next.compareTo(plan.until()) < 0) {
                clock.schedule(next, "traffic " + plan.name(), () -> tick(plan, next, sequence));
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
