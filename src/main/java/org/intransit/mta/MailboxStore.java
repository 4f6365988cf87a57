package org.intransit.mta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.intransit.ledger.Ledger;
import org.intransit.ledger.LedgerEvent;

/**
 * A server's information store: the mailboxes homed on it, what they hold, and the two states
 * a move gives a mailbox. While a mailbox is <em>in transit</em> new deliveries wait in its
 * hold (the ledger shows them queued on {@value #IN_TRANSIT}); once it has <em>moved away</em>
 * the store keeps a tombstone naming the new home, and a late delivery is handed back to the MTA.
 *
 * <p>Delivery writes the ledger's {@code Delivered} record itself, so the record is the store's
 * own observation; it does so under the store's lock, so the ledger's order is the store's.
 */
public final class MailboxStore {

    /** The queue name held messages show under in the ledger and the final read. */
    public static final String IN_TRANSIT = "in-transit";

    private final String server;
    private final Ledger ledger;
    private final Map<String, List<StoredMessage>> mailboxes = new LinkedHashMap<>();
    private final Map<String, List<InboundMessage>> held = new LinkedHashMap<>();
    private final Map<String, Outcome.MovedAway> movedTo = new LinkedHashMap<>();

    private volatile boolean keepBodies = true;

    public MailboxStore(String server, Ledger ledger) {
        this.server = server;
        this.ledger = ledger;
    }

    /**
     * Whether delivered messages keep their bytes (on by default, so tests can read an NDR's
     * report). A load run turns it off: a mailbox then keeps only a message's trace, sender,
     * subject, size and time, and the bytes live only while the message is queued or held.
     */
    public void keepBodies(boolean keep) {
        this.keepBodies = keep;
    }

    /** Opens an empty mailbox (at start, or when a move brings one here). */
    public synchronized void open(String alias) {
        mailboxes.putIfAbsent(alias, new ArrayList<>());
        movedTo.remove(alias);
    }

    public synchronized boolean holds(String alias) {
        return mailboxes.containsKey(alias);
    }

    /** What happened to one delivery. */
    public sealed interface Outcome {
        record Delivered() implements Outcome {}

        record Held() implements Outcome {}

        /**
         * The mailbox has moved to {@code newHome}; the caller hands the message on, onto the
         * RPC queue named after it when {@code toRpcQueue} (the move's {@code releaseToRpcQueue}).
         */
        record MovedAway(String newHome, boolean toRpcQueue) implements Outcome {}
    }

    /** Delivers into a mailbox, holds it while the mailbox is in transit, or says where it moved. */
    public synchronized Outcome deliver(String alias, InboundMessage message) {
        Outcome.MovedAway moved = movedTo.get(alias);
        if (moved != null) {
            return moved;
        }
        List<InboundMessage> hold = held.get(alias);
        if (hold != null) {
            hold.add(message);
            ledger.record((at, wall) -> new LedgerEvent.Queued(at, wall, message.trace(), server, IN_TRANSIT));
            return new Outcome.Held();
        }
        List<StoredMessage> box = mailboxes.get(alias);
        if (box == null) {
            throw new IllegalStateException("no mailbox " + alias + " on " + server);
        }
        box.add(new StoredMessage(message.trace(), message.envelopeFrom(), message.content().subject().orElse(""),
                message.content().size(), ledger.clock().now(), keepBodies ? message.content().bytes() : null));
        ledger.record((at, wall) -> new LedgerEvent.Delivered(at, wall, message.trace(), server, alias));
        return new Outcome.Delivered();
    }

    /** The move begins: new deliveries for {@code alias} wait in its hold. */
    public synchronized void beginTransit(String alias) {
        held.putIfAbsent(alias, new ArrayList<>());
    }

    /**
     * The move committed: the mailbox leaves with its contents (a tombstone names
     * {@code newHome}), and the held messages come back, in arrival order, for the MTA to send on.
     */
    public synchronized MovedOut moveAway(String alias, String newHome, boolean toRpcQueue) {
        List<InboundMessage> released = Optional.ofNullable(held.remove(alias)).orElse(List.of());
        List<StoredMessage> contents = Optional.ofNullable(mailboxes.remove(alias)).orElse(List.of());
        movedTo.put(alias, new Outcome.MovedAway(newHome, toRpcQueue));
        released.forEach(m -> ledger.record((at, wall) ->
                new LedgerEvent.Dequeued(at, wall, m.trace(), server, IN_TRANSIT, "released: " + alias + " moved to " + newHome)));
        return new MovedOut(List.copyOf(contents), List.copyOf(released));
    }

    /** A mailbox arrives from a move, with what it held. */
    public synchronized void moveIn(String alias, List<StoredMessage> contents) {
        open(alias);
        mailboxes.get(alias).addAll(contents);
    }

    /** What leaves a store with a moved mailbox: its messages and the mail held during the move. */
    public record MovedOut(List<StoredMessage> contents, List<InboundMessage> released) {}

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

    /** The traces waiting in in-transit holds, for the final read. */
    public synchronized List<String> heldTraces() {
        return held.values().stream().flatMap(List::stream).map(InboundMessage::trace).toList();
    }
}
