package org.intransit.junit;

import java.time.Duration;
import java.util.List;
import org.intransit.harness.Harness;
import org.intransit.mta.MailQueue;
import org.intransit.mta.MailboxStore;
import org.intransit.topology.SimulatedServer;

/**
 * One queue of one server of a running harness, read live: an MTA queue named as Exchange names
 * it (an RPC queue after the target server, a connector queue after the connector), or
 * {@code in-transit} for the mail a move holds. A queue the MTA has not opened yet reads empty.
 * Get one with {@link IntransitAssertions#queue}.
 */
public record QueueProbe(Harness harness, String server, String name) {

    public QueueProbe {
        SimulatedServer found = harness.topology().server(server).orElse(null);
        if (found == null) {
            throw new IllegalArgumentException("no server " + server + " in scenario " + harness.scenario().name()
                    + "; expected one of " + harness.topology().servers().stream().map(SimulatedServer::name).toList());
        }
    }

    /** The queue as it is now. */
    public MailQueue.QueueView view() {
        SimulatedServer host = harness.topology().server(server).orElseThrow();
        if (name.equals(MailboxStore.IN_TRANSIT)) {
            List<String> held = List.copyOf(host.store().heldTraces());
            return new MailQueue.QueueView(name, null, held.size(), held.size(), Duration.ZERO, 0, held);
        }
        return host.mta().queues().stream().filter(q -> q.name().equals(name)).findFirst()
                .orElse(new MailQueue.QueueView(name, null, 0, 0, Duration.ZERO, 0, List.of()));
    }

    public int depth() {
        return view().depth();
    }

    /** {@code queue EX03B on EX55A}. */
    public String describe() {
        return "queue " + name + " on " + server;
    }
}
