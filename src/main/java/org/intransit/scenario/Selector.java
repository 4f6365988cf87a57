package org.intransit.scenario;

import java.util.List;

/**
 * Picks messages out of the ledger. Empty lists match everything.
 *
 * @param submittedFrom inclusive lower bound of the submission time, or {@code null}
 * @param submittedTo exclusive upper bound of the submission time, or {@code null}
 */
public record Selector(List<String> from, List<String> to, TimeRef submittedFrom, TimeRef submittedTo) {

    public Selector {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }
}
