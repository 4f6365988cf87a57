package org.intransit.check;

import java.util.ArrayList;
import java.util.List;
import org.intransit.ledger.LedgerEvent;
import org.intransit.ledger.SubmissionResult;

/** Everything the ledger says about one trace, gathered in ledger order. Internal to the fold. */
final class MessageHistory {

    final String trace;
    LedgerEvent.Submitted submitted;
    SubmissionResult completion;
    LedgerEvent.SubmissionCompleted completed;
    final List<LedgerEvent.Received> received = new ArrayList<>();
    LedgerEvent.Queued lastQueued;
    final List<LedgerEvent.Delivered> delivered = new ArrayList<>();
    final List<LedgerEvent.NdrGenerated> ndrs = new ArrayList<>();
    final List<LedgerEvent.FoundAtEnd> foundInMailbox = new ArrayList<>();
    final List<LedgerEvent.FoundAtEnd> foundInQueue = new ArrayList<>();
    final List<LedgerEvent.FoundAtEnd> foundOutbound = new ArrayList<>();
    final List<LedgerEvent.LeftOrganization> leftOrganization = new ArrayList<>();

    MessageHistory(String trace) {
        this.trace = trace;
    }

    void add(LedgerEvent event) {
        if (event instanceof LedgerEvent.Submitted s) {
            submitted = s;
        } else if (event instanceof LedgerEvent.SubmissionCompleted c) {
            completed = c;
            completion = c.result();
        } else if (event instanceof LedgerEvent.Received r) {
            received.add(r);
        } else if (event instanceof LedgerEvent.Queued q) {
            lastQueued = q;
        } else if (event instanceof LedgerEvent.Delivered d) {
            delivered.add(d);
        } else if (event instanceof LedgerEvent.NdrGenerated n) {
            ndrs.add(n);
        } else if (event instanceof LedgerEvent.LeftOrganization l) {
            leftOrganization.add(l);
        } else if (event instanceof LedgerEvent.FoundAtEnd f) {
            switch (f.kind()) {
                case MAILBOX -> foundInMailbox.add(f);
                case QUEUE -> foundInQueue.add(f);
                default -> foundOutbound.add(f);
            }
        }
    }

    Origin origin() {
        if (submitted != null) {
            return Origin.INJECTED;
        }
        return !received.isEmpty() && "ndr".equals(received.get(0).transport()) ? Origin.NDR : Origin.EXTERNAL;
    }

    boolean external() {
        return origin() == Origin.EXTERNAL;
    }

    String ndrTrace() {
        return ndrs.stream().map(LedgerEvent.NdrGenerated::ndrTrace).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    int hops() {
        return received.stream().mapToInt(LedgerEvent.Received::hops).max().orElse(0);
    }

    boolean rejectedAtSubmission() {
        return completion instanceof SubmissionResult.Rejected || completion instanceof SubmissionResult.Unsent;
    }
}
