package org.intransit.junit;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.intransit.check.MessageRecord;

/**
 * Further assertions on messages that all have one outcome (after {@code allDelivered()},
 * {@code allBounced()}, ...); each narrows the property named in a failure, as in
 * {@code Expecting ... to be all bounced with status 5.1.1 but ...}.
 */
public final class OutcomeAssert extends AbstractAssert<OutcomeAssert, List<MessageRecord>> {

    private final String selection;
    private String property;

    OutcomeAssert(List<MessageRecord> messages, String selection, String property) {
        super(List.copyOf(messages), OutcomeAssert.class);
        this.selection = selection;
        this.property = property;
    }

    /** Each outcome came at most {@code bound} of scenario time after its submission. */
    public OutcomeAssert within(Duration bound) {
        Objects.requireNonNull(bound, "bound");
        property += " within " + bound;
        List<MessageRecord> offenders = offenders(m -> m.latency() != null && m.latency().compareTo(bound) <= 0);
        if (!offenders.isEmpty()) {
            throwAssertionError(ShouldAll.shouldAllBeWithin(selection, property, offenders, actual.size()));
        }
        return myself;
    }

    /** Each carries the RFC 3463 status {@code status} ({@code 5.1.1}: no such recipient). */
    public OutcomeAssert withStatus(String status) {
        property += " with status " + status;
        return check(m -> Objects.equals(status, m.status()));
    }

    /** Each ended on {@code server}, in the mailbox or queue {@code place} ({@code in-transit} for a move's hold). */
    public OutcomeAssert on(String server, String place) {
        property += " on " + server + "/" + place;
        return check(m -> server.equalsIgnoreCase(String.valueOf(m.server())) && place.equalsIgnoreCase(String.valueOf(m.place())));
    }

    /** The messages asserted on, for checks of your own. */
    public List<MessageRecord> messages() {
        return actual;
    }

    private OutcomeAssert check(Predicate<MessageRecord> conforms) {
        List<MessageRecord> offenders = offenders(conforms);
        if (!offenders.isEmpty()) {
            throwAssertionError(ShouldAll.shouldAll(selection, property, offenders, actual.size()));
        }
        return myself;
    }

    private List<MessageRecord> offenders(Predicate<MessageRecord> conforms) {
        return actual.stream().filter(conforms.negate()).toList();
    }
}
