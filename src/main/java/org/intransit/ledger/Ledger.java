package org.intransit.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.intransit.clock.ScenarioClock;

/**
 * The append-only history of a run. Thread-safe: listeners, stores and injectors append from
 * their own threads; each record gets the clock's scenario and wall time as it is appended.
 *
 * <p>Records are kept compact: every string in them is shared with earlier records that carry
 * the same text ({@link LedgerStrings}), so a long load run holds one copy of each trace id,
 * server name and reply, not one per hop. Records never carry message bodies.
 *
 * <p>Subscribers see every record in append order, on the appending thread, under the ledger's
 * lock; they must be quick (count, or write a line). {@link #detach} takes one off together with
 * the history it saw, so a writer of the history (the streamed {@code events.jsonl}) ends with
 * exactly what a report folds.
 */
public final class Ledger {

    private final ScenarioClock clock;
    private final List<LedgerEvent> events = new ArrayList<>();
    private final List<Consumer<LedgerEvent>> subscribers = new CopyOnWriteArrayList<>();
    private final LedgerStrings strings = new LedgerStrings();

    public Ledger(ScenarioClock clock) {
        this.clock = clock;
    }

    public ScenarioClock clock() {
        return clock;
    }

    /** Builds a record with the current scenario and wall time and appends it. */
    @SuppressWarnings("unchecked")
    public <E extends LedgerEvent> E record(RecordFactory<E> factory) {
        synchronized (events) {
            E event = (E) strings.compact(factory.create(clock.now(), clock.wallTime()));
            events.add(event);
            for (Consumer<LedgerEvent> subscriber : subscribers) {
                subscriber.accept(event);
            }
            return event;
        }
    }

    /** Subscribes to every future record. */
    public void subscribe(Consumer<LedgerEvent> subscriber) {
        subscribers.add(subscriber);
    }

    /**
     * Unsubscribes {@code subscriber} and returns the history so far, at the same instant: the
     * subscriber has seen exactly the records of the returned list (if it subscribed first).
     */
    public List<LedgerEvent> detach(Consumer<LedgerEvent> subscriber) {
        synchronized (events) {
            subscribers.remove(subscriber);
            return List.copyOf(events);
        }
    }

    /** A copy of the history so far, in append order. */
    public List<LedgerEvent> snapshot() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** Creates a record from the time it is appended at. */
    @FunctionalInterface
    public interface RecordFactory<E extends LedgerEvent> {
        E create(java.time.Duration at, java.time.Instant wall);
    }
}
