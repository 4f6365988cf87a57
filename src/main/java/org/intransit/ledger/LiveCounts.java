package org.intransit.ledger;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Running counts for the progress line: cheap, approximate while messages move (a message is
 * "queued" between entering a queue and being transferred). Reports use the checker instead.
 */
public final class LiveCounts {

    private final AtomicLong injected = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong ndr = new AtomicLong();
    private final AtomicLong queued = new AtomicLong();

    /** Creates the counter and subscribes it to {@code ledger}. */
    public static LiveCounts attachTo(Ledger ledger) {
        LiveCounts counts = new LiveCounts();
        ledger.subscribe(counts::count);
        return counts;
    }

    private void count(LedgerEvent event) {
        if (event instanceof LedgerEvent.Submitted) {
            injected.incrementAndGet();
        } else if (event instanceof LedgerEvent.Delivered || event instanceof LedgerEvent.LeftOrganization) {
            delivered.incrementAndGet();
        } else if (event instanceof LedgerEvent.NdrGenerated) {
            ndr.incrementAndGet();
        } else if (event instanceof LedgerEvent.Queued) {
            queued.incrementAndGet();
        } else if (event instanceof LedgerEvent.Transferred || event instanceof LedgerEvent.Dequeued) {
            queued.decrementAndGet();
        }
    }

    public long injected() {
        return injected.get();
    }

    public long delivered() {
        return delivered.get();
    }

    public long ndr() {
        return ndr.get();
    }

    public long queued() {
        return queued.get();
    }
}
