package org.intransit.ledger;

import java.util.HashMap;
import java.util.Map;
import org.intransit.ledger.LedgerEvent.Delivered;
import org.intransit.ledger.LedgerEvent.Dequeued;
import org.intransit.ledger.LedgerEvent.FoundAtEnd;
import org.intransit.ledger.LedgerEvent.LeftOrganization;
import org.intransit.ledger.LedgerEvent.Marker;
import org.intransit.ledger.LedgerEvent.MtaEventLogged;
import org.intransit.ledger.LedgerEvent.NdrGenerated;
import org.intransit.ledger.LedgerEvent.Queued;
import org.intransit.ledger.LedgerEvent.Received;
import org.intransit.ledger.LedgerEvent.ReplicaUpdated;
import org.intransit.ledger.LedgerEvent.SubmissionCompleted;
import org.intransit.ledger.LedgerEvent.Submitted;
import org.intransit.ledger.LedgerEvent.TransferFailed;
import org.intransit.ledger.LedgerEvent.Transferred;

/**
 * Keeps one copy of each string the ledger's records carry. Each hop parses a message's trace,
 * addresses and replies afresh, so without this every record of a load run would hold its own
 * copies of the same trace id, server and queue names, addresses and reply texts; with it a
 * record costs its object and its two times. Used under the ledger's lock, so not thread-safe.
 */
final class LedgerStrings {

    private final Map<String, String> pool = new HashMap<>();

    /** The record with every string replaced by the pooled copy (a new record only when needed). */
    LedgerEvent compact(LedgerEvent e) {
        if (e instanceof Submitted s) {
            return new Submitted(s.at(), s.wall(), of(s.trace()), of(s.from()), of(s.to()), of(s.server()), s.size(),
                    s.intended());
        } else if (e instanceof Received r) {
            return new Received(r.at(), r.wall(), of(r.trace()), of(r.server()), of(r.peer()), of(r.from()), of(r.to()),
                    r.hops(), of(r.transport()));
        } else if (e instanceof Queued q) {
            return new Queued(q.at(), q.wall(), of(q.trace()), of(q.server()), of(q.queue()));
        } else if (e instanceof Transferred t) {
            return new Transferred(t.at(), t.wall(), of(t.trace()), of(t.server()), of(t.queue()), of(t.toServer()),
                    of(t.transport()));
        } else if (e instanceof Delivered d) {
            return new Delivered(d.at(), d.wall(), of(d.trace()), of(d.server()), of(d.mailbox()));
        } else if (e instanceof SubmissionCompleted c) {
            return new SubmissionCompleted(c.at(), c.wall(), of(c.trace()), result(c.result()));
        } else if (e instanceof FoundAtEnd f) {
            return new FoundAtEnd(f.at(), f.wall(), of(f.trace()), of(f.server()), f.kind(), of(f.place()));
        } else if (e instanceof Dequeued d) {
            return new Dequeued(d.at(), d.wall(), of(d.trace()), of(d.server()), of(d.queue()), of(d.reason()));
        } else if (e instanceof TransferFailed t) {
            return new TransferFailed(t.at(), t.wall(), of(t.trace()), of(t.server()), of(t.queue()), of(t.reason()));
        } else if (e instanceof NdrGenerated n) {
            return new NdrGenerated(n.at(), n.wall(), of(n.trace()), of(n.server()), of(n.status()), of(n.x400Reason()),
                    of(n.x400Diagnostic()), of(n.ndrTrace()));
        } else if (e instanceof LeftOrganization l) {
            return new LeftOrganization(l.at(), l.wall(), of(l.trace()), of(l.server()), of(l.recipient()));
        } else if (e instanceof MtaEventLogged m) {
            return new MtaEventLogged(m.at(), m.wall(), of(m.server()), m.id(), of(m.text()));
        } else if (e instanceof ReplicaUpdated r) {
            return new ReplicaUpdated(r.at(), r.wall(), of(r.replica()), of(r.alias()), of(r.homeServer()),
                    of(r.state()), of(r.agent()));
        } else if (e instanceof Marker m) {
            return new Marker(m.at(), m.wall(), of(m.name()), of(m.detail()));
        }
        return e;
    }

    private SubmissionResult result(SubmissionResult result) {
        if (result instanceof SubmissionResult.Accepted a) {
            return new SubmissionResult.Accepted(of(a.reply()));
        } else if (result instanceof SubmissionResult.Rejected r) {
            return new SubmissionResult.Rejected(r.code(), of(r.reply()));
        } else if (result instanceof SubmissionResult.Unsent u) {
            return new SubmissionResult.Unsent(of(u.reason()));
        }
        return new SubmissionResult.Indeterminate(of(((SubmissionResult.Indeterminate) result).reason()));
    }

    String of(String s) {
        if (s == null) {
            return null;
        }
        String known = pool.putIfAbsent(s, s);
        return known != null ? known : s;
    }
}
