package org.intransit.scenario;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks traffic and expectations: unique names, known senders and recipients, a gateway for
 * senders without a mailbox in the organization, possible schedules, and timeline markers that
 * exist.
 */
final class TrafficValidator {

    static final String INTERNET = "internet";
    static final List<String> PHASES = List.of("in-transit", "commit", "release", "cleanup");
    static final String MARKER_FORMS = "a duration, start, end, move.<alias>.<in-transit|commit|release|cleanup>"
            + " of a moved mailbox, replica.<site>.<alias>, or a mark event's name";
    private static final Pattern ADDRESS = Pattern.compile("([^@\\s]+)@([^@\\s]+)");

    private final Scenario scenario;
    private final SourceMap places;
    private final TopologyValidator.Names names;

    TrafficValidator(Scenario scenario, SourceMap places, TopologyValidator.Names names) {
        this.scenario = scenario;
        this.places = places;
        this.names = names;
    }

    void validate(NameTable marks) {
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
        }
        Set<String> markers = markers(marks);
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
            window(select, markers);
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

    /** Every marker an expectation may name. */
    private Set<String> markers(NameTable marks) {
        Set<String> markers = new LinkedHashSet<>(List.of("start", "end"));
        for (MovePlan move : scenario.moves()) {
            PHASES.forEach(phase -> markers.add("move." + move.mailbox() + "." + phase));
        }
        for (SitePlan site : scenario.sites()) {
            scenario.mailboxes().forEach(m -> markers.add("replica." + site.name() + "." + m.alias()));
        }
        markers.addAll(marks.names());
        return markers;
    }

    private void window(Selector select, Set<String> markers) {
        check(select.submittedFrom(), places.of(select, "submitted[0]"), markers);
        check(select.submittedTo(), places.of(select, "submitted[1]"), markers);
        if (select.submittedFrom() instanceof TimeRef.At from && select.submittedTo() instanceof TimeRef.At to
                && from.time().compareTo(to.time()) >= 0) {
            throw places.of(select, "submitted[1]").fail("the window ends at " + fmt(to.time())
                    + ", not after its start at " + fmt(from.time()) + "; expected [FROM, TO] with FROM before TO");
        }
    }

    private static void check(TimeRef ref, Where where, Set<String> markers) {
        if (ref instanceof TimeRef.Marker marker && !markers.contains(marker.name())) {
            throw where.fail("unknown marker " + Suggest.quote(marker.name()) + "; expected " + MARKER_FORMS
                    + Suggest.didYouMean(marker.name(), markers));
        }
    }

    private static String fmt(Duration duration) {
        return Durations.format(duration);
    }
}
