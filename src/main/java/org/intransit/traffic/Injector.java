package org.intransit.traffic;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * Submits messages over SMTP (Jakarta Mail) to their entry servers, on worker threads that each
 * keep one reused connection per server. Two ways to run them:
 * <ul>
 *   <li>{@link #Injector(Topology, Ledger, int) a pool}: the pool's size caps the submissions on
 *       the wire at once, and they complete in whatever order the servers answer (scaled clock,
 *       load traffic);
 *   <li>{@link #inTurn(Topology, Ledger) in turn} (virtual clock): one worker and one connection
 *       per entry server, so submissions to different servers are on the wire at once while each
 *       server sees one connection from the injector, as before; {@link SubmissionTurns} keeps
 *       what the servers do with the messages, and the ledger, in submission order, so runs
 *       repeat.
 * </ul>
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
    /** One worker per entry server, in turn; {@code null} for a pool. */
    private final SubmissionTurns turns;
    private final Map<String, ExecutorService> lanes = new ConcurrentHashMap<>();
    private final SmtpConnections connections;
    private final List<Injector> others = new CopyOnWriteArrayList<>();

    /** @param connections how many submissions may be on the wire at once */
    public Injector(Topology topology, Ledger ledger, int connections) {
        this(topology, ledger, Executors.newFixedThreadPool(connections, new DaemonThreadFactory("injector")), null);
    }

    private Injector(Topology topology, Ledger ledger, ExecutorService workers, SubmissionTurns turns) {
        this.topology = topology;
        this.ledger = ledger;
        this.clock = ledger.clock();
        this.workers = workers;
        this.turns = turns;
        this.connections = new SmtpConnections("injector.intransit.test", Duration.ofSeconds(30));
    }

    /** One connection per entry server, submissions in turn (see the class comment). */
    public static Injector inTurn(Topology topology, Ledger ledger) {
        return new Injector(topology, ledger, null, new SubmissionTurns());
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
        if (turns == null) {
            workers.execute(() -> complete(message, activity, SubmissionTurns.FREE));
            return;
        }
        synchronized (turns) {
            SubmissionTurns.Turn turn = turns.take();
            lanes.computeIfAbsent(message.entryServer(),
                    server -> Executors.newSingleThreadExecutor(new DaemonThreadFactory("injector-" + server)))
                    .execute(() -> complete(message, activity, turn));
        }
    }

    /** Sends, then records the completion on its turn; the activity closes after the turn passed. */
    private void complete(PlannedMessage message, Activity activity, SubmissionTurns.Turn turn) {
        try (activity; turn) {
            SubmissionResult result = send(message, turn);
            turn.await();
            ledger.record((at, wall) -> new LedgerEvent.SubmissionCompleted(at, wall, message.trace(), result));
        } catch (java.io.InterruptedIOException e) {
            // shut down while waiting for the turn: the injector is closing with the run
        }
    }

    /** The intended time when the submission comes after it; {@code null} when on time. */
    private static Duration lateness(Duration intended, Duration at) {
        return intended != null && intended.compareTo(at) < 0 ? intended : null;
    }

    private SubmissionResult send(PlannedMessage message, SubmissionTurns.Turn turn) {
        SimulatedServer server = topology.server(message.entryServer()).orElseThrow();
        return server.address()
                .map(address -> toSubmission(connections.to(address).send(message.envelopeFrom(),
                        List.of(message.envelopeTo()), message.content().get(), turn::await)))
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
        if (turns != null) {
            turns.close();
        }
        if (workers != null) {
            workers.shutdownNow();
        }
        lanes.values().forEach(ExecutorService::shutdownNow);
        connections.close();
    }
}
