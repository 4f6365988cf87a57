package org.intransit.fault;

import java.time.Duration;
import java.util.List;
import org.intransit.clock.VirtualClock;
import org.intransit.ledger.Ledger;
import org.intransit.ledger.LedgerEvent;
import org.intransit.mta.DroppedConnectionLog;
import org.intransit.mta.MtaEventLog;
import org.intransit.transport.ConnectionWatch;

/**
 * The MTA event log a simulated server gives its RPC and X.400 listeners, on a ledger of its
 * own, for tests that start a listener without a whole harness and read what it logged.
 */
public final class ListenerEventLog {

    private final Ledger ledger = new Ledger(new VirtualClock());
    private final MtaEventLog log;

    public ListenerEventLog(String server) {
        this.log = new MtaEventLog(server, ledger);
    }

    /** What {@code SimulatedServer} hands a listener: this log, with {@code idleTimeout}. */
    public ConnectionWatch watch(Duration idleTimeout) {
        return new ConnectionWatch(idleTimeout, new DroppedConnectionLog(log));
    }

    /** Every entry so far as {@code "id text"}, in order. */
    public List<String> entries() {
        return ledger.snapshot().stream()
                .filter(LedgerEvent.MtaEventLogged.class::isInstance)
                .map(LedgerEvent.MtaEventLogged.class::cast)
                .map(e -> e.id() + " " + e.text())
                .toList();
    }
}
