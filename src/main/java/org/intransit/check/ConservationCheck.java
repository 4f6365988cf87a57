package org.intransit.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.intransit.ledger.LedgerEvent;
import org.intransit.ledger.SubmissionResult;

/**
 * The conservation check: a pure fold over a finished ledger that gives every message exactly
 * one fate, in the manner of Jepsen's total-queue checker.
 *
 * <p>The final read ({@code FoundAtEnd}: every mailbox and queue as they were when the run
 * ended) is held against the history. A message accepted by a server must be found exactly
 * once, in a mailbox or a queue, or have been bounced: found nowhere is <em>lost</em>, found
 * twice (or delivered twice) is <em>duplicated</em>, found in another recipient's mailbox is
 * <em>misrouted</em>. A message refused at submission is <em>rejected</em>; one whose
 * submission broke and that no server ever received is <em>indeterminate</em>.
 */
public final class ConservationCheck {

    private static final Pattern ENHANCED_STATUS = Pattern.compile("\\b([245]\\.\\d{1,3}\\.\\d{1,3})\\b");

    private ConservationCheck() {}

    public static ConservationResult check(List<LedgerEvent> ledger) {
        Map<String, MessageHistory> histories = new LinkedHashMap<>();
        for (LedgerEvent event : ledger) {
            if (event.trace() != null) {
                histories.computeIfAbsent(event.trace(), MessageHistory::new).add(event);
            }
        }
        List<MessageRecord> records = histories.values().stream().map(ConservationCheck::fold).toList();
        return new ConservationResult(records);
    }

    private static MessageRecord fold(MessageHistory h) {
        RecordBuilder r = new RecordBuilder(h);
        if (h.rejectedAtSubmission()) {
            if (!h.received.isEmpty()) {
                return r.fate(Fate.DUPLICATED, "refused at submission, yet received by " + h.received.get(0).server());
            }
            return r.rejected();
        }
        int mailboxCopies = Math.max(h.foundInMailbox.size(), h.delivered.size());
        int outboundCopies = Math.max(h.foundOutbound.size(), h.leftOrganization.size());
        int copies = mailboxCopies + outboundCopies + h.foundInQueue.size() + h.ndrs.size();
        if (copies == 0) {
            if (h.received.isEmpty() && !(h.completion instanceof SubmissionResult.Accepted)) {
                return r.fate(Fate.INDETERMINATE, h.completion == null ? "in flight when the run stopped"
                        : ((SubmissionResult.Indeterminate) h.completion).reason());
            }
            return r.fate(Fate.LOST, lostDetail(h));
        }
        if (copies > 1) {
            return r.fate(Fate.DUPLICATED, copies + " copies: " + h.foundInMailbox.size() + " in mailboxes ("
                    + h.delivered.size() + " deliveries recorded), " + h.foundInQueue.size() + " in queues, "
                    + outboundCopies + " sent to the internet, " + h.ndrs.size() + " NDRs");
        }
        if (!h.ndrs.isEmpty()) {
            return r.ndr(h.ndrs.get(0));
        }
        if (!h.foundInQueue.isEmpty()) {
            return r.queued(h.foundInQueue.get(0));
        }
        if (outboundCopies > 0) {
            if (h.foundOutbound.isEmpty()) {
                return r.fate(Fate.LOST, "sent to the internet by " + h.leftOrganization.get(0).server()
                        + " but not in its outbound sink at the end");
            }
            return r.outbound(h.foundOutbound.get(0));
        }
        if (h.foundInMailbox.isEmpty()) {
            return r.fate(Fate.LOST, "delivered to " + h.delivered.get(0).mailbox() + " on " + h.delivered.get(0).server()
                    + " but not in the mailbox at the end");
        }
        return r.delivered(h.foundInMailbox.get(0));
    }

    private static String lostDetail(MessageHistory h) {
        if (h.received.isEmpty()) {
            return "the server acknowledged it but never recorded receiving it";
        }
        LedgerEvent.Received last = h.received.get(h.received.size() - 1);
        return "last seen received by " + last.server() + " at " + last.at() + "; not in any mailbox or queue";
    }

    /** The RFC 3463 status in an SMTP reply such as {@code 550 5.7.1 <x>: Relay access denied}. */
    static String statusOf(String reply) {
        Matcher m = ENHANCED_STATUS.matcher(reply == null ? "" : reply.toLowerCase(Locale.ROOT));
        return m.find() ? m.group(1) : null;
    }
}
