package org.intransit.junit;

import java.util.List;
import java.util.function.Function;
import org.intransit.check.MessageRecord;

/**
 * {@code Expecting messages from bob to alice ... to be all bounced but 2 of 19 were not:
 * bob-alice-12 (delivered at PT2H50M), ...}: some selected messages lack a property.
 */
final class ShouldAll extends IntransitMessage {

    private final String selection;
    private final String property;
    private final List<MessageRecord> offenders;
    private final int selected;
    private final Function<MessageRecord, String> evidence;

    private ShouldAll(String selection, String property, List<MessageRecord> offenders, int selected,
            Function<MessageRecord, String> evidence) {
        this.selection = selection;
        this.property = property;
        this.offenders = List.copyOf(offenders);
        this.selected = selected;
        this.evidence = evidence;
    }

    /** @param property what every message should be, as in {@code be all bounced with status 5.1.1} */
    static ShouldAll shouldAll(String selection, String property, List<MessageRecord> offenders, int selected) {
        return new ShouldAll(selection, property, offenders, selected, Evidence::of);
    }

    /** The same, each offender shown with how long it took ({@code delivered at PT2H50M, PT3M after submission}). */
    static ShouldAll shouldAllBeWithin(String selection, String property, List<MessageRecord> offenders, int selected) {
        return new ShouldAll(selection, property, offenders, selected, Evidence::withLatency);
    }

    @Override
    String text() {
        return "Expecting " + selection + " to " + property + " but " + offenders.size() + " of " + selected + " "
                + (offenders.size() == 1 ? "was" : "were") + " not: " + Evidence.list(offenders, evidence);
    }
}
