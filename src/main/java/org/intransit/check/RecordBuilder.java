package org.intransit.check;

import java.time.Duration;
import org.intransit.ledger.LedgerEvent;
import org.intransit.ledger.SubmissionResult;

/** Fills a {@link MessageRecord} from one history once its fate is known. Internal to the fold. */
final class RecordBuilder {

    private final MessageHistory h;
    private final String from;
    private final String to;
    private final Duration submittedAt;
    private final Duration intendedAt;

    RecordBuilder(MessageHistory h) {
        this.h = h;
        if (h.submitted != null) {
            from = h.submitted.from();
            to = h.submitted.to();
            submittedAt = h.submitted.at();
            intendedAt = h.submitted.intendedAt();
        } else {
            LedgerEvent.Received first = h.received.get(0);
            from = first.from();
            to = first.to();
            submittedAt = first.at();
            intendedAt = first.at();
        }
    }

    MessageRecord fate(Fate fate, String detail) {
        String server = h.received.isEmpty() ? null : h.received.get(h.received.size() - 1).server();
        return build(fate, null, server, null, null, null, null, detail);
    }

    MessageRecord rejected() {
        String reply;
        if (h.completion instanceof SubmissionResult.Rejected r) {
            reply = r.reply().startsWith(String.valueOf(r.code())) ? r.reply() : r.code() + " " + r.reply();
        } else {
            reply = ((SubmissionResult.Unsent) h.completion).reason();
        }
        return build(Fate.REJECTED, h.completed.at(), h.submitted.server(), null,
                ConservationCheck.statusOf(reply), null, null, reply);
    }

    MessageRecord ndr(LedgerEvent.NdrGenerated n) {
        return build(Fate.NDR, n.at(), n.server(), null, n.status(), n.x400Reason(), n.x400Diagnostic(), null);
    }

    MessageRecord queued(LedgerEvent.FoundAtEnd found) {
        Duration since = h.lastQueued != null ? h.lastQueued.at() : null;
        return build(Fate.QUEUED, since, found.server(), found.place(), null, null, null, null);
    }

    MessageRecord outbound(LedgerEvent.FoundAtEnd found) {
        Duration at = h.leftOrganization.isEmpty() ? null : h.leftOrganization.get(0).at();
        return build(Fate.DELIVERED, at, found.server(), found.place(), null, null, null, null);
    }

    MessageRecord delivered(LedgerEvent.FoundAtEnd found) {
        Duration at = h.delivered.isEmpty() ? null : h.delivered.get(0).at();
        if (h.origin() == Origin.INJECTED && !intendedFor(found.place())) {
            return build(Fate.MISROUTED, at, found.server(), found.place(), null, null, null,
                    "meant for " + to + ", found in mailbox " + found.place());
        }
        return build(Fate.DELIVERED, at, found.server(), found.place(), null, null, null, null);
    }

    private boolean intendedFor(String mailbox) {
        String alias = to.contains("@") ? to.substring(0, to.lastIndexOf('@')) : to;
        return alias.equalsIgnoreCase(mailbox);
    }

    private MessageRecord build(Fate fate, Duration outcomeAt, String server, String place, String status,
            String x400Reason, String x400Diagnostic, String detail) {
        return new MessageRecord(h.trace, from, to, submittedAt, fate, outcomeAt, server, place, status,
                x400Reason, x400Diagnostic, h.hops(), h.origin(), h.ndrTrace(), detail, intendedAt);
    }
}
