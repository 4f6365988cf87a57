package org.intransit.scenario;

import java.util.List;

/**
 * Picks messages out of the ledger. Empty lists match everything.
 *
 * @param submittedFrom inclusive lower bound of the submission time, or {@code null}
 * @param submittedTo exclusive upper bound of the submission time, or {@code null}
 * @param senderSites the sites of the senders' home servers ({@code internet} for outside senders)
 * @param senderKinds the kinds of the senders' home servers (outside senders have none)
 */
public record Selector(List<String> from, List<String> to, TimeRef submittedFrom, TimeRef submittedTo,
        List<String> senderSites, List<ServerKind> senderKinds) {

    public Selector {
        from = List.copyOf(from);
        to = List.copyOf(to);
        senderSites = List.copyOf(senderSites);
        senderKinds = List.copyOf(senderKinds);
    }

    /** A selector by sender, recipient and submission window only. */
    public Selector(List<String> from, List<String> to, TimeRef submittedFrom, TimeRef submittedTo) {
        this(from, to, submittedFrom, submittedTo, List.of(), List.of());
    }
}
