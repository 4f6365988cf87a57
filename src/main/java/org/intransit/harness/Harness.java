package org.intransit.harness;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.intransit.check.ConservationCheck;
import org.intransit.check.ConservationResult;
import org.intransit.check.ExpectationCheck;
import org.intransit.check.NdrWindows;
import org.intransit.clock.Clocks;
import org.intransit.clock.ScenarioClock;
import org.intransit.clock.Stopwatch;
import org.intransit.directory.Directories;
import org.intransit.directory.OrgDirectory;
import org.intransit.move.MoveScript;
import org.intransit.ledger.Ledger;
import org.intransit.ledger.LedgerEvent;
import org.intransit.ledger.LiveCounts;
import org.intransit.mta.MailQueue;
import org.intransit.report.RunSummary;
import org.intransit.scenario.ClockMode;
import org.intransit.scenario.ClockPlan;
import org.intransit.scenario.Scenario;
import org.intransit.topology.SimulatedServer;
import org.intransit.topology.Topology;
import org.intransit.traffic.Injector;
import org.intransit.traffic.TrafficRunner;

/**
 * One run of one scenario: the clock, the ledger, the started topology, the traffic and the
 * timeline events, wired together.
 *
 * <p>Call order: {@link #start}, {@link #runToEnd()} (or {@link #runUntil}), {@link #finish()},
 * {@link #close()}. {@link #interrupt()} may come from any thread (a user's Ctrl-C): the run
 * stops where it is and {@link #finish()} still accounts for every message so far. Finishing
 * takes the final read of every mailbox and queue into the ledger and folds it into verdicts.
 */
public final class Harness implements AutoCloseable {

    /** How long a scaled run waits, at its end, for transfers still on the wire. */
    private static final Duration DRAIN_WAIT = Duration.ofSeconds(30);

    private final Scenario scenario;
    private final long seed;
    private final ClockPlan clockPlan;
    private final ScenarioClock clock;
    private final Ledger ledger;
    private final LiveCounts counts;
    private final Topology topology;
    private final OrgDirectory directory;
    private final Injector injector;
    private final Stopwatch stopwatch = Stopwatch.start();
    private final java.time.Instant startedAt;
    private volatile boolean interrupted;
    private RunSummary summary;

    private Harness(Scenario scenario, RunOptions options, Directories directories) {
        this.scenario = scenario;
        this.seed = options.seedFor(scenario);
        this.clockPlan = options.clockFor(scenario);
        this.clock = Clocks.create(clockPlan);
        this.ledger = new Ledger(clock);
        this.counts = LiveCounts.attachTo(ledger);
        this.directory = directories == null ? new OrgDirectory(scenario, ledger) : null;
        this.topology = Topology.of(scenario, ledger, directories == null ? directory : directories);
        this.injector = new Injector(topology, ledger, options.injectorConnections(clockPlan));
        this.startedAt = clock.wallTime();
    }

    /** Starts the topology's listeners and puts traffic and events on the clock. */
    public static Harness start(Scenario scenario, RunOptions options) {
        return start(scenario, options, null);
    }

    /**
     * Starts with the given directories per server instead of the organization's replicas
     * ({@code null}: the replicas). Directories given here are fixed: no replication runs and a
     * move changes stores and queues but no directory.
     */
    public static Harness start(Scenario scenario, RunOptions options, Directories directories) {
        Harness harness = new Harness(scenario, options, directories);
        try {
            harness.topology.start();
        } catch (RuntimeException e) {
            harness.close();
            throw e;
        }
        harness.ledger.record((at, wall) -> new LedgerEvent.Marker(at, wall, "start", scenario.name()));
        if (options.traffic()) {
            new TrafficRunner(scenario, harness.clock, harness.injector, harness.seed).schedule();
        }
        OrgDirectory directory = harness.directory;
        if (directory != null) {
            directory.scheduleAgents(harness.clock);
            new MoveScript(scenario, harness.topology, directory, harness.ledger).schedule();
        }
        new ScenarioEvents(scenario, harness.ledger, harness.topology, agent -> {
            if (directory != null) {
                directory.replicateNow(agent);
            }
        }).schedule();
        return harness;
    }

    /** What the scenario asks for that this version does not simulate yet, one line each. */
    public static List<String> notSimulated(Scenario scenario) {
        return ScenarioEvents.notSimulated(scenario);
    }

    public void runToEnd() throws InterruptedException {
        runUntil(scenario.duration());
    }

    /** Runs the clock until {@code end}; on the scaled clock then waits for in-flight work. */
    public void runUntil(Duration end) throws InterruptedException {
        clock.runUntil(end);
        if (clockPlan.mode() == ClockMode.SCALED) {
            clock.awaitIdle(DRAIN_WAIT);
        }
    }

    /** Stops the run where it is; safe from any thread. */
    public void interrupt() {
        interrupted = true;
        clock.stop();
    }

    /** Takes the final read and judges the run; later calls return the same summary. */
    public synchronized RunSummary finish() {
        if (summary != null) {
            return summary;
        }
        Duration reached = clock.now();
        Map<String, List<MailQueue.QueueView>> queues = new LinkedHashMap<>();
        for (SimulatedServer server : topology.servers()) {
            server.store().snapshot().forEach((alias, box) -> box.forEach(m -> ledger.record((at, wall) ->
                    new LedgerEvent.FoundAtEnd(at, wall, m.trace(), server.name(), LedgerEvent.Place.MAILBOX, alias))));
            server.mta().outbound().snapshot().forEach(m -> ledger.record((at, wall) ->
                    new LedgerEvent.FoundAtEnd(at, wall, m.trace(), server.name(), LedgerEvent.Place.OUTBOUND, "internet")));
            server.store().heldTraces().forEach(trace -> ledger.record((at, wall) -> new LedgerEvent.FoundAtEnd(at, wall,
                    trace, server.name(), LedgerEvent.Place.QUEUE, org.intransit.mta.MailboxStore.IN_TRANSIT)));
            List<MailQueue.QueueView> views = server.mta().queues();
            views.forEach(view -> view.traces().forEach(trace -> ledger.record((at, wall) ->
                    new LedgerEvent.FoundAtEnd(at, wall, trace, server.name(), LedgerEvent.Place.QUEUE, view.name()))));
            queues.put(server.name(), views);
        }
        ledger.record((at, wall) -> new LedgerEvent.Marker(at, wall, "end", interrupted ? "interrupted" : "completed"));
        List<LedgerEvent> history = ledger.snapshot();
        ConservationResult conservation = ConservationCheck.check(history);
        Map<String, Duration> timeline = timeline(history);
        summary = new RunSummary(scenario.name(), seed, clockPlan.mode().name().toLowerCase(java.util.Locale.ROOT),
                clockPlan.scale(), scenario.duration(), reached, stopwatch.elapsed().toNanos() / 1e9, interrupted,
                conservation, ExpectationCheck.check(scenario.expectations(), conservation.messages(), timeline),
                timeline, queues, mtaEvents(history), NdrWindows.of(scenario, conservation.messages()));
        return summary;
    }

    private static Map<Integer, Long> mtaEvents(List<LedgerEvent> history) {
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        for (LedgerEvent event : history) {
            if (event instanceof LedgerEvent.MtaEventLogged logged) {
                counts.merge(logged.id(), 1L, Long::sum);
            }
        }
        return counts;
    }

    private static Map<String, Duration> timeline(List<LedgerEvent> history) {
        Map<String, Duration> markers = new LinkedHashMap<>();
        for (LedgerEvent event : history) {
            if (event instanceof LedgerEvent.Marker marker) {
                markers.putIfAbsent(marker.name(), marker.at());
            }
        }
        return markers;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Wall time when the run was set up; names the run directory. */
    public java.time.Instant startedAt() {
        return startedAt;
    }

    public long seed() {
        return seed;
    }

    public ScenarioClock clock() {
        return clock;
    }

    public Ledger ledger() {
        return ledger;
    }

    public LiveCounts counts() {
        return counts;
    }

    public Topology topology() {
        return topology;
    }

    public boolean interrupted() {
        return interrupted;
    }

    @Override
    public void close() {
        injector.close();
        topology.close();
        clock.close();
    }
}
