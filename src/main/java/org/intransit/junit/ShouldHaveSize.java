package org.intransit.junit;

import java.util.List;
import org.intransit.check.MessageRecord;

/** {@code Expecting messages to alice submitted between ... to number 20 but there were 19: ...}. */
final class ShouldHaveSize extends IntransitMessage {

    private final String selection;
    private final int expected;
    private final List<MessageRecord> actual;

    private ShouldHaveSize(String selection, int expected, List<MessageRecord> actual) {
        this.selection = selection;
        this.expected = expected;
        this.actual = List.copyOf(actual);
    }

    static ShouldHaveSize shouldHaveSize(String selection, int expected, List<MessageRecord> actual) {
        return new ShouldHaveSize(selection, expected, actual);
    }

    @Override
    String text() {
        return "Expecting " + selection + " to number " + expected + " but there " + (actual.size() == 1 ? "was " : "were ")
                + actual.size() + (actual.isEmpty() ? "" : ": " + Evidence.list(actual));
    }
}
