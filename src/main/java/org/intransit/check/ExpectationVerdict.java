package org.intransit.check;

import java.util.List;

/**
 * The verdict on one named expectation.
 *
 * @param detail what was found, for people: counts and the first offending trace ids
 * @param offenders the trace ids of the messages that broke it
 */
public record ExpectationVerdict(String name, boolean passed, String detail, List<String> offenders) {

    public ExpectationVerdict {
        offenders = List.copyOf(offenders);
    }
}
