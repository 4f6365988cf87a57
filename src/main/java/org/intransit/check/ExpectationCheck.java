package org.intransit.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.intransit.scenario.ExpectationPlan;
import org.intransit.scenario.Outcome;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.Selector;
import org.intransit.scenario.TimeRef;

/**
 * Judges a scenario's {@code expect:} list against the message records and the timeline; a
 * pure function.
 *
 * <p>The selector picks messages (by sender, recipient, and submission time between two
 * timeline points, the upper bound exclusive). A selected message <em>conforms</em> when its
 * fate is the expected outcome and, where given, its status matches and its outcome came
 * within the latency bound. With {@code count}, exactly that many must conform; otherwise at
 * least {@code fraction} of the selected ones (all, by default). An expectation that selects
 * nothing fails unless it asks for {@code count: 0}: a check that cannot fail proves nothing.
 * The NDRs servers generate are never selected: expectations speak of the scenario's messages
 * (whether a message bounced is its own outcome, {@code ndr}).
 */
public final class ExpectationCheck {

    private static final int SHOWN_OFFENDERS = 10;
    private static final Duration UNBOUNDED = Duration.ofSeconds(Long.MAX_VALUE);

    private ExpectationCheck() {}

    /** Judges message expectations only (no sender site or kind filters, no queue conditions). */
    public static List<ExpectationVerdict> check(List<ExpectationPlan> plans, List<MessageRecord> messages,
            Map<String, Duration> timeline) {
        return plans.stream().map(plan -> judge(plan, null, messages, timeline, Map.of())).toList();
    }

    /**
     * Judges every expectation of {@code scenario}.
     *
     * @param queues the ledger's queue histories by {@code server/queue}
     */
    public static List<ExpectationVerdict> check(Scenario scenario, List<MessageRecord> messages,
            Map<String, Duration> timeline, Map<String, QueueHistory> queues) {
        return scenario.expectations().stream().map(plan -> judge(plan, scenario, messages, timeline, queues)).toList();
    }

    private static ExpectationVerdict judge(ExpectationPlan plan, Scenario scenario, List<MessageRecord> messages,
            Map<String, Duration> timeline, Map<String, QueueHistory> queues) {
        ExpectationVerdict onMessages = plan.outcome() == null ? null : judgeMessages(plan, scenario, messages, timeline);
        ExpectationVerdict onQueue = plan.queue() == null ? null : QueueConditionCheck.judge(plan, timeline, queues);
        if (onMessages == null) {
            return onQueue;
        }
        if (onQueue == null) {
            return onMessages;
        }
        return new ExpectationVerdict(plan.name(), onMessages.passed() && onQueue.passed(),
                onMessages.detail() + "; " + onQueue.detail(), onMessages.offenders());
    }

    private static ExpectationVerdict judgeMessages(ExpectationPlan plan, Scenario scenario, List<MessageRecord> messages,
            Map<String, Duration> timeline) {
        Selector select = plan.select();
        Duration from = resolve(select.submittedFrom(), timeline, Duration.ZERO);
        Duration to = resolve(select.submittedTo(), timeline, UNBOUNDED);
        if (from == null || to == null) {
            String missing = from == null ? name(select.submittedFrom()) : name(select.submittedTo());
            return new ExpectationVerdict(plan.name(), false, "timeline marker " + missing + " never happened", List.of());
        }
        List<MessageRecord> selected = messages.stream()
                .filter(m -> m.origin() != Origin.NDR)
                .filter(m -> matches(select.from(), m.from()) && matches(select.to(), m.to()))
                .filter(m -> scenario == null || SenderPlace.matches(scenario, select, m.from()))
                .filter(m -> m.submittedAt().compareTo(from) >= 0 && m.submittedAt().compareTo(to) < 0)
                .toList();
        List<MessageRecord> offenders = new ArrayList<>();
        long conforming = 0;
        for (MessageRecord m : selected) {
            if (conforms(plan, m)) {
                conforming++;
            } else {
                offenders.add(m);
            }
        }
        String expected = plan.outcome().name().toLowerCase(java.util.Locale.ROOT)
                + (plan.status() == null ? "" : " " + plan.status())
                + (plan.within() == null ? "" : " within " + plan.within());
        boolean passed;
        String wanted;
        if (plan.count() != null) {
            passed = conforming == plan.count();
            wanted = "exactly " + plan.count();
        } else {
            passed = !selected.isEmpty() && conforming >= Math.ceil(plan.fraction() * selected.size() - 1e-9);
            wanted = plan.fraction() >= 1.0 ? "all" : "at least " + Math.round(plan.fraction() * 100) + "%";
        }
        String detail = "expected " + wanted + " " + expected + "; " + conforming + " of " + selected.size()
                + " selected conform" + describeOffenders(offenders);
        return new ExpectationVerdict(plan.name(), passed, detail,
                offenders.stream().map(MessageRecord::trace).toList());
    }

    private static boolean conforms(ExpectationPlan plan, MessageRecord m) {
        if (!fateFor(plan.outcome()).equals(m.fate())) {
            return false;
        }
        if (plan.status() != null && !plan.status().equals(m.status())) {
            return false;
        }
        return plan.within() == null || (m.latency() != null && m.latency().compareTo(plan.within()) <= 0);
    }

    private static Fate fateFor(Outcome outcome) {
        return Fate.valueOf(outcome.name());
    }

    private static boolean matches(List<String> wanted, String actual) {
        return wanted.isEmpty() || wanted.stream().anyMatch(w -> w.equalsIgnoreCase(actual));
    }

    /** A missing bound is open; a marker that never happened resolves to {@code null}. */
    static Duration resolve(TimeRef ref, Map<String, Duration> timeline, Duration open) {
        if (ref == null) {
            return open;
        }
        if (ref instanceof TimeRef.At at) {
            return at.time();
        }
        if (ref instanceof TimeRef.Offset offset) {
            Duration base = resolve(offset.base(), timeline, null);
            return base == null ? null : base.plus(offset.by());
        }
        return timeline.get(((TimeRef.Marker) ref).name());
    }

    static String name(TimeRef ref) {
        if (ref instanceof TimeRef.Marker marker) {
            return marker.name();
        }
        if (ref instanceof TimeRef.Offset offset) {
            return name(offset.base());
        }
        return String.valueOf(ref);
    }

    private static String describeOffenders(List<MessageRecord> offenders) {
        if (offenders.isEmpty()) {
            return "";
        }
        String shown = offenders.stream().limit(SHOWN_OFFENDERS)
                .map(m -> m.trace() + " (" + m.fate().label() + (m.status() == null ? "" : " " + m.status()) + ")")
                .collect(Collectors.joining(", "));
        return "; not conforming: " + shown + (offenders.size() > SHOWN_OFFENDERS
                ? " and " + (offenders.size() - SHOWN_OFFENDERS) + " more" : "");
    }
}
