package org.intransit.scenario;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks traffic and expectations: unique names, known senders and recipients, a gateway for
 * senders without a mailbox in the organization, possible schedules (at most
 * {@value #MAX_PER_TICK} messages per scripted tick; a load plan's ramp and bursts within its
 * span), known sender sites and queue servers, and timeline markers that can happen (see
 * {@link Markers}).
 */
final class TrafficValidator {

    static final String INTERNET = "internet";
    /** The most messages one tick of scripted traffic may send (senders times recipients). */
    static final int MAX_PER_TICK = 10_000;
    private static final Pattern ADDRESS = Pattern.compile("([^@\\s]+)@([^@\\s]+)");

    private final Scenario scenario;
    private final SourceMap places;
    private final TopologyValidator.Names names;

    TrafficValidator(Scenario scenario, SourceMap places, TopologyValidator.Names names) {
        this.scenario = scenario;
        this.places = places;
        this.names = names;
    }

    void validate() {
        NameTable plans = new NameTable("traffic");
        for (TrafficPlan plan : scenario.traffic()) {
            plans.define(plan.name(), places.of(plan, "name"));
            for (int i = 0; i < plan.from().size(); i++) {
                sender(plan.from().get(i), places.of(plan, "from[" + i + "]"), true);
            }
            for (int i = 0; i < plan.to().size(); i++) {
                recipient(plan.to().get(i), places.of(plan, "to[" + i + "]"));
            }
            schedule(plan);
            if (plan.isLoad()) {
                load(plan);
            } else {
                perTick(plan);
            }
        }
        Markers markers = new Markers(scenario, names);
        NameTable expectations = new NameTable("expectation");
        for (ExpectationPlan expectation : scenario.expectations()) {
            expectations.define(expectation.name(), places.of(expectation, "name"));
            Selector select = expectation.select();
            for (int i = 0; i < select.from().size(); i++) {
                sender(select.from().get(i), places.of(select, "from[" + i + "]"), false);
            }
            for (int i = 0; i < select.to().size(); i++) {
                recipient(select.to().get(i), places.of(select, "to[" + i + "]"));
            }
            for (int i = 0; i < select.senderSites().size(); i++) {
                String site = select.senderSites().get(i);
                if (!site.equals(INTERNET)) {
                    names.sites().require(site, places.of(select, "senderSite[" + i + "]"), INTERNET);
                }
            }
            window(select, markers);
            if (expectation.queue() != null) {
                queue(expectation.queue(), markers);
            }
        }
    }

    private void sender(String sender, Where where, boolean needsEntry) {
        boolean hasMailbox;
        if (sender.equals(INTERNET)) {
            hasMailbox = false;
        } else if (sender.contains("@")) {
            Matcher address = address(sender, where);
            hasMailbox = scenario.organization().accepts(address.group(2))
                    && scenario.mailboxes().stream().anyMatch(m -> m.alias().equalsIgnoreCase(address.group(1)));
        } else {
            names.mailboxes().require(sender, where, INTERNET, "an address with @");
            hasMailbox = true;
        }
        if (needsEntry && !hasMailbox && scenario.gateway().isEmpty()) {
            throw where.fail("sender " + Suggest.quote(sender) + " has no mailbox in the organization, so its mail"
                    + " enters at a gateway; expected a server with gateway: true");
        }
    }

    private void recipient(String recipient, Where where) {
        if (recipient.contains("@")) {
            address(recipient, where);
        } else {
            names.mailboxes().require(recipient, where, "an address with @");
        }
    }

    private static Matcher address(String text, Where where) {
        Matcher address = ADDRESS.matcher(text);
        if (!address.matches() || !ScenarioReader.DOMAIN.matcher(address.group(2)).matches()) {
            throw where.fail("expected an address such as someone@example.com but found " + Suggest.quote(text));
        }
        return address;
    }

    private void schedule(TrafficPlan plan) {
        Duration end = scenario.duration();
        if (plan.until().compareTo(end) > 0) {
            throw places.of(plan, "until").fail("until " + fmt(plan.until()) + " is after the scenario's end ("
                    + fmt(end) + "); expected " + fmt(end) + " or earlier");
        }
        if (plan.start().compareTo(plan.until()) >= 0) {
            boolean untilGiven = places.has(plan, "until");
            throw places.of(plan, untilGiven ? "until" : "start").fail("impossible schedule: start "
                    + fmt(plan.start()) + " is not before until " + fmt(plan.until())
                    + (untilGiven ? "" : " (the scenario's end)") + "; expected start < until");
        }
    }

    /** A scripted tick sends every sender to every recipient: a population there is a mistake. */
    private void perTick(TrafficPlan plan) {
        long perTick = (long) plan.from().size() * plan.to().size();
        if (perTick > MAX_PER_TICK) {
            throw places.of(plan, "to").fail(plan.from().size() + " senders and " + plan.to().size()
                    + " recipients make " + perTick + " messages per tick; expected at most " + MAX_PER_TICK
                    + " (for load traffic give rate: each message then picks one sender and one recipient)");
        }
    }

    /** A ramp and bursts must fit the plan's span from start to until. */
    private void load(TrafficPlan plan) {
        Duration span = plan.until().minus(plan.start());
        String runs = " (the plan runs from " + fmt(plan.start()) + " to " + fmt(plan.until()) + ")";
        Duration over = plan.load().rate().over();
        if (over != null && over.compareTo(span) > 0) {
            throw places.of(plan.load().rate(), "over").fail("a ramp over " + fmt(over) + " is longer than the plan"
                    + runs + "; expected at most " + fmt(span));
        }
        LoadPlan.Bursts bursts = plan.load().bursts();
        if (bursts != null && bursts.every().compareTo(span) >= 0) {
            throw places.of(bursts, "every").fail("no burst comes: the first starts " + fmt(bursts.every())
                    + " after start, at or after until" + runs + "; expected every shorter than " + fmt(span));
        }
    }

    private void window(Selector select, Markers markers) {
        Where fromWhere = places.of(select, "submitted[0]");
        Where toWhere = places.of(select, "submitted[1]");
        check(select.submittedFrom(), fromWhere, markers);
        check(select.submittedTo(), toWhere, markers);
        if (select.submittedFrom() == null || select.submittedTo() == null) {
            return;
        }
        Anchored from = anchored(select.submittedFrom());
        Anchored to = anchored(select.submittedTo());
        if (from.marker().equals(to.marker()) && from.offset().compareTo(to.offset()) >= 0) {
            throw toWhere.fail("the window ends at " + describe(select.submittedTo()) + ", not after its start at "
                    + describe(select.submittedFrom()) + "; expected [FROM, TO] with FROM before TO");
        }
    }

    private void queue(QueueCondition queue, Markers markers) {
        names.servers().require(queue.server(), places.of(queue, "server"));
        Where where = places.of(queue, "drainedBy");
        check(queue.drainedBy(), where, markers);
        Duration end = scenario.duration();
        if (queue.drainedBy() instanceof TimeRef.At at && at.time().compareTo(end) > 0) {
            throw where.fail("drainedBy " + fmt(at.time()) + " is after the scenario's end (" + fmt(end)
                    + "); expected a time from 0s to " + fmt(end) + ", or end");
        }
    }

    /** Fails at {@code where} unless the marker {@code ref} names (if any) can happen. */
    private static void check(TimeRef ref, Where where, Markers markers) {
        if (ref instanceof TimeRef.Marker marker) {
            markers.require(marker.name(), where);
        } else if (ref instanceof TimeRef.Offset offset) {
            check(offset.base(), where, markers);
        }
    }

    /** A time point as a marker and an offset from it; a fixed time is an offset from start. */
    private record Anchored(String marker, Duration offset) {}

    private static Anchored anchored(TimeRef ref) {
        if (ref instanceof TimeRef.At at) {
            return new Anchored("start", at.time());
        }
        if (ref instanceof TimeRef.Offset offset) {
            Anchored base = anchored(offset.base());
            return new Anchored(base.marker(), base.offset().plus(offset.by()));
        }
        return new Anchored(((TimeRef.Marker) ref).name(), Duration.ZERO);
    }

    /** A time point as the file writes it: {@code 2h}, {@code end}, {@code move.alice.commit + 15m}. */
    static String describe(TimeRef ref) {
        if (ref instanceof TimeRef.At at) {
            return fmt(at.time());
        }
        if (ref instanceof TimeRef.Offset offset) {
            boolean earlier = offset.by().isNegative();
            Duration by = earlier ? offset.by().negated() : offset.by();
            return describe(offset.base()) + (earlier ? " - " : " + ") + fmt(by);
        }
        return ((TimeRef.Marker) ref).name();
    }

    private static String fmt(Duration duration) {
        return Durations.format(duration);
    }
}
