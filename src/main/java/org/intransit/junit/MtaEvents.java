package org.intransit.junit;

import java.util.List;
import org.intransit.harness.Harness;
import org.intransit.ledger.LedgerEvent;

/**
 * The MTA event log of one server so far (9318: RPC bind denied, 290: NDR, ... see
 * {@link org.intransit.mta.MtaEventLog}), read from the ledger. Get one with
 * {@link IntransitAssertions#mtaEvents}.
 */
public record MtaEvents(Harness harness, String server) {

    public List<LedgerEvent.MtaEventLogged> entries() {
        return harness.ledger().snapshot().stream()
                .filter(e -> e instanceof LedgerEvent.MtaEventLogged m && m.server().equalsIgnoreCase(server))
                .map(LedgerEvent.MtaEventLogged.class::cast)
                .toList();
    }

    public List<Integer> ids() {
        return entries().stream().map(LedgerEvent.MtaEventLogged::id).toList();
    }
}
