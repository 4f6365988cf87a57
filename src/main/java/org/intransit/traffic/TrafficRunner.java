package org.intransit.traffic;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.intransit.clock.ScenarioClock;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.TrafficPlan;

/**
 * Puts a scenario's traffic plans on the clock. Each tick of a plan submits one message from
 * every sender to every recipient, in the order the plan lists them; the tick then schedules
 * the next one, so a long stream never fills the schedule ahead of time.
 *
 * <p>Trace ids are {@code <plan name>-<n>}, numbered from 1 in submission order per plan, so
 * the same scenario and seed give the same ids.
 */
public final class TrafficRunner {

    private final Scenario scenario;
    private final ScenarioClock clock;
    private final Injector injector;
    private final Addressing addressing;
    private final MessageFactory messages;

    public TrafficRunner(Scenario scenario, ScenarioClock clock, Injector injector, long seed) {
        this.scenario = scenario;
        this.clock = clock;
        this.injector = injector;
        this.addressing = new Addressing(scenario);
        this.messages = new MessageFactory(seed, scenario.organization().smtpDomain());
    }

    /** Schedules the first tick of every plan. */
    public void schedule() {
        for (TrafficPlan plan : scenario.traffic()) {
            AtomicLong sequence = new AtomicLong();
            clock.schedule(plan.start(), "traffic " + plan.name(), () -> tick(plan, plan.start(), sequence));
        }
    }

    private final AtomicLong adHoc = new AtomicLong();

    /**
     * Submits one message now, outside the plans (a test's {@code send}); returns its trace id,
     * {@code adhoc-<n>}. Senders and recipients are named as in a traffic plan.
     */
    public String sendNow(String from, String to, String subject, long sizeBytes) {
        String trace = "adhoc-" + adHoc.incrementAndGet();
        String envelopeFrom = addressing.address(from);
        String envelopeTo = addressing.address(to);
        byte[] content = messages.build(trace, envelopeFrom, envelopeTo, subject, sizeBytes, clock.now(), clock.wallTime());
        injector.submit(new PlannedMessage(trace, from, to, envelopeFrom, envelopeTo, addressing.entryServer(from), content));
        return trace;
    }

    private void tick(TrafficPlan plan, Duration at, AtomicLong sequence) {
        for (String from : plan.from()) {
            for (String to : plan.to()) {
                String trace = plan.name() + "-" + sequence.incrementAndGet();
                String envelopeFrom = addressing.address(from);
                String envelopeTo = addressing.address(to);
                byte[] content = messages.build(trace, envelopeFrom, envelopeTo, plan.subject(), plan.sizeBytes(),
                        clock.now(), clock.wallTime());
                injector.submit(new PlannedMessage(trace, from, to, envelopeFrom, envelopeTo,
                        addressing.entryServer(from), content));
            }
        }
        if (plan.every() != null) {
            Duration next = at.plus(plan.every());
            if (next.compareTo(plan.until()) < 0) {
                clock.schedule(next, "traffic " + plan.name(), () -> tick(plan, next, sequence));
            }
        }
    }
}
