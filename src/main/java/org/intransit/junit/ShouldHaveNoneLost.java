package org.intransit.junit;

import java.util.List;
import org.intransit.check.MessageRecord;

/**
 * {@code Expecting messages to alice to have none lost but 1 of 40 was lost, duplicated or
 * misrouted: x-3 (lost: accepted by EX55A, found nowhere)}.
 */
final class ShouldHaveNoneLost extends IntransitMessage {

    private final String selection;
    private final List<MessageRecord> failures;
    private final int selected;

    private ShouldHaveNoneLost(String selection, List<MessageRecord> failures, int selected) {
        this.selection = selection;
        this.failures = List.copyOf(failures);
        this.selected = selected;
    }

    static ShouldHaveNoneLost shouldHaveNoneLost(String selection, List<MessageRecord> failures, int selected) {
        return new ShouldHaveNoneLost(selection, failures, selected);
    }

    @Override
    String text() {
        return "Expecting " + selection + " to have none lost but " + failures.size() + " of " + selected + " "
                + (failures.size() == 1 ? "was" : "were") + " lost, duplicated or misrouted: " + Evidence.list(failures);
    }
}
