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
 * <p>Subscribers see every record in append order, on the appending thread, under the ledger's
 * lock; they must be quick (count, or write a line).
 */
public final class Ledger {

    private final ScenarioClock clock;
    private final List<LedgerEvent> events = new ArrayList<>();
    private final List<Consumer<LedgerEvent>> subscribers = new CopyOnWriteArrayList<>();

    public Ledger(ScenarioClock clock) {
        this.clock = clock;
    }

    public ScenarioClock clock() {
        return clock;
    }

    /** Builds a record with the current scenario and wall time and appends it. */
    public <E extends LedgerEvent> E record(RecordFactory<E> factory) {
        synchronized (events) {
            E event = factory.create(clock.now(), clock.wallTime());
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
