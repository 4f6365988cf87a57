package org.intransit.bench;

import java.time.Duration;
import org.intransit.clock.ScaledClock;
import org.intransit.ledger.Ledger;
import org.intransit.ledger.LedgerEvent;
import org.intransit.ledger.LiveCounts;

/**
 * Heap per ledgered message: appends N messages' worth of records to a {@link Ledger} as a run
 * would, and measures the used heap after full collections before and after.
 *
 * <p>Each message gets the five records of a message that crosses one hop: {@code Submitted}
 * (the injector), {@code Received} (the listener), {@code Queued} and {@code Transferred} (the
 * sending MTA) and {@code Delivered} (the store), through {@link Ledger#record}, so each gets
 * the clock's scenario time and wall time as in a run. The clock is a started
 * {@link ScaledClock} (a load scenario's clock: a new {@code Duration} per record). Like the
 * runtime: the trace id is one string per message shared by its records; server, queue and
 * transport names are shared constants; the injector's sender and recipient are the plan's
 * alias strings (shared); the listener's envelope addresses are new strings per message (as
 * parsed off the wire). {@link LiveCounts} is attached as the harness attaches it. Messages go
 * straight into the ledger, not through sockets: a million messages through the listeners would
 * take longer than the whole benchmark may.
 *
 * <p>Prints one line of JSON.
 */
public final class LedgerHeapBench {

    private static final String[] SERVERS = {"EX55A", "EX55C", "EX03B", "EX55D"};
    private static final String[] QUEUES = {"X400-SITE1-SITE2", "EX03B", "EX55C", "EX55A"};
    private static final String[] ALIASES = {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"};

    private LedgerHeapBench() {}

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        ScaledClock clock = new ScaledClock(1.0);
        clock.runUntil(Duration.ZERO); // starts scenario time; nothing is scheduled
        long before = IntransitBenchServer.usedHeapAfterGc();
        long started = System.nanoTime();
        Ledger ledger = new Ledger(clock);
        LiveCounts counts = LiveCounts.attachTo(ledger);
        String plan = "load";
        for (int i = 0; i < messages; i++) {
            String trace = plan + "-" + (i + 1);
            String fromAlias = ALIASES[i % ALIASES.length];
            String toAlias = ALIASES[(i * 7 + 3) % ALIASES.length];
            String entry = SERVERS[i % 2];
            String home = SERVERS[2 + (i / 3) % 2];
            String queue = QUEUES[i % QUEUES.length];
            long size = 2048 + (i % 17) * 512L;
            // the listener's envelope: parsed off the wire, a new string per message
            String envelopeFrom = new StringBuilder(fromAlias).append("@contoso.example").toString();
            String envelopeTo = new StringBuilder(toAlias).append("@contoso.example").toString();
            ledger.record((at, wall) -> new LedgerEvent.Submitted(at, wall, trace, fromAlias, toAlias, entry, size));
            ledger.record((at, wall) -> new LedgerEvent.Received(at, wall, trace, entry, null, envelopeFrom, envelopeTo, 1, "smtp"));
            ledger.record((at, wall) -> new LedgerEvent.Queued(at, wall, trace, entry, queue));
            ledger.record((at, wall) -> new LedgerEvent.Transferred(at, wall, trace, entry, queue, home, "x400"));
            ledger.record((at, wall) -> new LedgerEvent.Delivered(at, wall, trace, home, toAlias));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long after = IntransitBenchServer.usedHeapAfterGc();
        long records = ledger.snapshot().size();
        long delivered = counts.delivered();
        long used = after - before;
        System.out.printf(java.util.Locale.ROOT,
                "{\"messages\":%d,\"records\":%d,\"delivered\":%d,\"heapBeforeBytes\":%d,\"heapAfterBytes\":%d,"
                        + "\"ledgerHeapBytes\":%d,\"bytesPerMessage\":%.1f,\"appendSeconds\":%.3f,\"maxHeapBytes\":%d}%n",
                messages, records, delivered, before, after, used, used / (double) messages, seconds,
                Runtime.getRuntime().maxMemory());
        // keep the ledger reachable until measured
        if (ledger.clock() == null) {
            System.out.println(ledger);
        }
        clock.close();
    }
}
