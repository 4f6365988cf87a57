package org.intransit.mta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.intransit.ledger.Ledger;
import org.intransit.ledger.LedgerEvent;

/**
 * A server's information store: the mailboxes homed on it and what they hold. Delivery writes
 * the ledger's {@code Delivered} record itself, so the record is the store's own observation.
 */
public final class MailboxStore {

    private final String server;
    private final Ledger ledger;
    private final Map<String, List<StoredMessage>> mailboxes = new LinkedHashMap<>();

    public MailboxStore(String server, Ledger ledger) {
        this.server = server;
        this.ledger = ledger;
    }

    /** Opens an empty mailbox (at start, or when a move brings one here). */
    public synchronized void open(String alias) {
        mailboxes.putIfAbsent(alias, new ArrayList<>());
    }

    public synchronized boolean holds(String alias) {
        return mailboxes.containsKey(alias);
    }

    /** Delivers into an open mailbox. */
    public void deliver(String alias, InboundMessage message) {
        synchronized (this) {
            List<StoredMessage> box = mailboxes.get(alias);
            if (box == null) {
                throw new IllegalStateException("no mailbox " + alias + " on " + server);
            }
            box.add(new StoredMessage(message.trace(), message.envelopeFrom(),
                    message.content().subject().orElse(""), message.content().size(), ledger.clock().now(),
                    message.content().bytes()));
        }
        ledger.record((at, wall) -> new LedgerEvent.Delivered(at, wall, message.trace(), server, alias));
    }

    /** A copy of one mailbox's messages, in delivery order. */
    public synchronized List<StoredMessage> messages(String alias) {
        return List.copyOf(mailboxes.getOrDefault(alias, List.of()));
    }

    /** A copy of every mailbox, in the order they were opened. */
    public synchronized Map<String, List<StoredMessage>> snapshot() {
        Map<String, List<StoredMessage>> copy = new LinkedHashMap<>();
        mailboxes.forEach((alias, box) -> copy.put(alias, List.copyOf(box)));
        return copy;
    }
}
