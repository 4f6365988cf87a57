package org.intransit.junit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;
import org.intransit.check.Fate;
import org.intransit.check.MessageRecord;
import org.intransit.harness.Harness;
import org.intransit.junit.MessageSelection.Bound;
import org.intransit.ledger.LedgerEvent;

/**
 * Assertions on the messages of a run, as things stand when the assertion runs (the harness's
 * live fates; after {@code finish()}, the final verdict). Narrow the selection first, then
 * assert: {@code messages().from("bob").to("alice").submittedBetween("move.alice.commit",
 * "replica.SITE1.alice").allBounced().withStatus("5.1.1")}. An "all" assertion fails when it
 * selects nothing; time bounds name markers that must have happened by then.
 */
public final class MessagesAssert extends AbstractAssert<MessagesAssert, Harness> {

    private MessageSelection selection = MessageSelection.all();

    MessagesAssert(Harness harness) {
        super(harness, MessagesAssert.class);
    }

    /** Sent by any of these senders (aliases, {@code internet} or addresses). */
    public MessagesAssert from(String... senders) {
        selection = selection.from(senders);
        return myself;
    }

    /** Sent to any of these recipients. */
    public MessagesAssert to(String... recipients) {
        selection = selection.to(recipients);
        return myself;
    }

    /** Submitted from the first marker's time (inclusive) to the second's (exclusive). */
    public MessagesAssert submittedBetween(String fromMarker, String toMarker) {
        selection = selection.submitted(new Bound.Marker(fromMarker), new Bound.Marker(toMarker));
        return myself;
    }

    /** Submitted from {@code from} (inclusive) to {@code to} (exclusive), in scenario time. */
    public MessagesAssert submittedBetween(Duration from, Duration to) {
        selection = selection.submitted(new Bound.At(from), new Bound.At(to));
        return myself;
    }

    /** Submitted at or after the marker's time. */
    public MessagesAssert submittedAfter(String marker) {
        selection = selection.submitted(new Bound.Marker(marker), null);
        return myself;
    }

    /** Submitted before the marker's time. */
    public MessagesAssert submittedBefore(String marker) {
        selection = selection.submitted(null, new Bound.Marker(marker));
        return myself;
    }

    public OutcomeAssert allDelivered() {
        return all(Fate.DELIVERED, "be all delivered");
    }

    /** Every selected message was bounced with a non-delivery report. */
    public OutcomeAssert allBounced() {
        return all(Fate.NDR, "be all bounced");
    }

    /** Every selected message still waits in a queue (or an in-transit hold). */
    public OutcomeAssert allQueued() {
        return all(Fate.QUEUED, "be all queued");
    }

    /** Every selected message was refused at submission. */
    public OutcomeAssert allRejected() {
        return all(Fate.REJECTED, "be all rejected");
    }

    /** No selected message is lost, duplicated or misrouted (an empty selection passes). */
    public MessagesAssert noneLost() {
        Selected selected = selected();
        List<MessageRecord> failures = selected.messages().stream().filter(m -> m.fate().failsRun()).toList();
        if (!failures.isEmpty()) {
            throwAssertionError(ShouldHaveNoneLost.shouldHaveNoneLost(selected.description(), failures,
                    selected.messages().size()));
        }
        return myself;
    }

    /** Exactly {@code count} messages are selected. */
    public MessagesAssert hasSize(int count) {
        Selected selected = selected();
        if (selected.messages().size() != count) {
            throwAssertionError(ShouldHaveSize.shouldHaveSize(selected.description(), count, selected.messages()));
        }
        return myself;
    }

    private OutcomeAssert all(Fate fate, String property) {
        Selected selected = selected();
        if (selected.messages().isEmpty()) {
            throwAssertionError(ShouldSelectSome.shouldSelectSome(selected.description(), property, selected.inRun()));
        }
        List<MessageRecord> offenders = selected.messages().stream().filter(m -> m.fate() != fate).toList();
        if (!offenders.isEmpty()) {
            throwAssertionError(ShouldAll.shouldAll(selected.description(), property, offenders, selected.messages().size()));
        }
        OutcomeAssert outcome = new OutcomeAssert(selected.messages(), selected.description(), property);
        return info.description() == null ? outcome : outcome.as(info.description());
    }

    /** The selected messages now; fails when a bound's marker has not happened. */
    private Selected selected() {
        isNotNull();
        Map<String, Duration> timeline = timeline(actual);
        String missing = selection.missingMarker(timeline);
        if (missing != null) {
            throwAssertionError(ShouldHaveMarker.shouldHaveMarker(missing, actual.clock().now(), timeline.keySet()));
        }
        List<MessageRecord> all = actual.messages();
        return new Selected(selection.select(all, timeline), selection.describe(timeline), all.size());
    }

    private record Selected(List<MessageRecord> messages, String description, int inRun) {}

    /** The first time of each marker the run has written so far, in time order. */
    static Map<String, Duration> timeline(Harness harness) {
        Map<String, Duration> timeline = new LinkedHashMap<>();
        for (LedgerEvent event : harness.ledger().snapshot()) {
            if (event instanceof LedgerEvent.Marker marker) {
                timeline.putIfAbsent(marker.name(), marker.at());
            }
        }
        return timeline;
    }
}
