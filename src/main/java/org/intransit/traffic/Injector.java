package org.intransit.traffic;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.intransit.DaemonThreadFactory;
import org.intransit.clock.Activity;
import org.intransit.clock.ScenarioClock;
import org.intransit.ledger.Ledger;
import org.intransit.ledger.LedgerEvent;
import org.intransit.ledger.SubmissionResult;
import org.intransit.topology.SimulatedServer;
import org.intransit.topology.Topology;
import org.intransit.transport.SendResult;
import org.intransit.transport.SmtpConnections;

/**
 * Submits messages over SMTP (Jakarta Mail) to their entry servers, on a pool of worker
 * threads that each keep one reused connection per server; the pool's size caps the
 * submissions on the wire at once.
 *
 * <p>For each message: the ledger gets {@code Submitted} when {@link #submit} is called (with the
 * intended time when that was earlier) and {@code SubmissionCompleted} after the reply. An
 * {@link Activity} is held from the moment {@link #submit} is called until the completion is
 * recorded, so a virtual clock does not move while a submission waits for a worker or is on the
 * wire. A message that waits for a free worker is late: its latency, counted from the intended
 * time, shows it.
 */
public final class Injector implements AutoCloseable {

    private final Topology topology;
    private final Ledger ledger;
    private final ScenarioClock clock;
    private final ExecutorService workers;
    private final SmtpConnections connections;
    private final List<Injector> others = new CopyOnWriteArrayList<>();

    /** @param connections how many submissions may be on the wire at once */
    public Injector(Topology topology, Ledger ledger, int connections) {
        this.topology = topology;
        this.ledger = ledger;
        this.clock = ledger.clock();
        this.workers = Executors.newFixedThreadPool(connections, new DaemonThreadFactory("injector"));
        this.connections = new SmtpConnections("injector.intransit.test", Duration.ofSeconds(30));
    }

    /** Another injector on the same topology and ledger with its own cap; closed with this one. */
    public Injector withConnections(int connections) {
        Injector other = new Injector(topology, ledger, connections);
        others.add(other);
        return other;
    }

    /** Records the submission and hands it to a worker; returns at once. */
    public void submit(PlannedMessage message) {
        Activity activity = clock.begin("submit " + message.trace());
        ledger.record((at, wall) -> new LedgerEvent.Submitted(at, wall, message.trace(), message.from(), message.to(),
                message.entryServer(), message.size(), lateness(message.intended(), at)));
        workers.execute(() -> {
            try (activity) {
                SubmissionResult result = send(message);
                ledger.record((at, wall) -> new LedgerEvent.SubmissionCompleted(at, wall, message.trace(), result));
            }
        });
    }

    /** The intended time when the submission comes after it; {@code null} when on time. */
    private static Duration lateness(Duration intended, Duration at) {
        return intended != null && intended.compareTo(at) < 0 ? intended : null;
    }

    private SubmissionResult send(PlannedMessage message) {
        SimulatedServer server = topology.server(message.entryServer()).orElseThrow();
        return server.address()
                .map(address -> toSubmission(connections.to(address)
                        .send(message.envelopeFrom(), List.of(message.envelopeTo()), message.content().get())))
                .orElseGet(() -> new SubmissionResult.Unsent(server.name() + " is not running"));
    }

    private static SubmissionResult toSubmission(SendResult result) {
        if (result instanceof SendResult.Accepted accepted) {
            return new SubmissionResult.Accepted(accepted.reply());
        }
        if (result instanceof SendResult.Rejected rejected) {
            return new SubmissionResult.Rejected(rejected.code(), rejected.reply());
        }
        SendResult.Failed failed = (SendResult.Failed) result;
        return failed.afterData() ? new SubmissionResult.Indeterminate(failed.reason())
                : new SubmissionResult.Unsent(failed.reason());
    }

    @Override
    public void close() {
        others.forEach(Injector::close);
        workers.shutdownNow();
        connections.close();
    }
}
