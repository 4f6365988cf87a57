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
import org.intransit.mta.MailboxStore;
import org.intransit.report.RunHeader;
import org.intransit.report.RunSummaries;
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
 *
 * <p>With {@link RunOptions#streamTo()} the run directory is chosen as the harness is set up and
 * {@code events.jsonl} is written as the run goes ({@link #streamedEvents()} once finished); the
 * ledger still holds the history in memory, which the checks fold.
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
    private TrafficRunner traffic;
    private ScenarioEvents events;
    private final Stopwatch stopwatch = Stopwatch.start();
    private final java.time.Instant startedAt;
    private final RunStream stream;
    private final java.util.Set<String> markers = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean interrupted;
    private RunSummary summary;
    private RunHeader header;
    private List<LedgerEvent> history;

    private Harness(Scenario scenario, RunOptions options, Directories directories) {
        this.scenario = scenario;
        this.seed = options.seedFor(scenario);
        this.clockPlan = options.clockFor(scenario);
        this.clock = Clocks.create(clockPlan);
        this.ledger = new Ledger(clock);
        this.startedAt = clock.wallTime();
        try {
            this.stream = RunStream.open(options.streamTo(), ledger, RunStream.startHeader(scenario.name(), seed,
                    clockName(), clockPlan.scale(), scenario.duration(), startedAt));
        } catch (RuntimeException e) {
            clock.close();
            throw e;
        }
        this.counts = LiveCounts.attachTo(ledger);
        ledger.subscribe(e -> {
            if (e instanceof LedgerEvent.Marker m) {
                markers.add(m.name());
            }
        });
        this.directory = directories == null ? new OrgDirectory(scenario, ledger) : null;
        this.topology = Topology.of(scenario, ledger, directories == null ? directory : directories);
        boolean keepBodies = options.keepBodiesFor(scenario);
        topology.servers().forEach(server -> {
            server.store().keepBodies(keepBodies);
            server.mta().outbound().keepBodies(keepBodies);
        });
        this.injector = options.injectInTurn(clockPlan) ? Injector.inTurn(topology, ledger)
                : new Injector(topology, ledger, options.injectorConnections());
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
            harness.stream.abandon();
            harness.close();
            throw e;
        }
        harness.ledger.record((at, wall) -> new LedgerEvent.Marker(at, wall, "start", scenario.name()));
        harness.traffic = new TrafficRunner(scenario, harness.clock, harness.injector, harness.seed,
                harness.clockPlan.mode() == ClockMode.VIRTUAL);
        if (options.traffic()) {
            harness.traffic.schedule();
        }
        OrgDirectory directory = harness.directory;
        if (directory != null) {
            directory.scheduleAgents(harness.clock);
            new MoveScript(scenario, harness.topology, directory, harness.ledger).schedule();
        }
        harness.events = new ScenarioEvents(scenario, harness.ledger, harness.topology, agent -> {
            if (directory != null) {
                directory.replicateNow(agent);
            }
        });
        harness.events.schedule();
        return harness;
    }

    /** What the scenario asks for that this version does not simulate yet, one line each. */
    public static List<String> notSimulated(Scenario scenario) {
        return ScenarioEvents.notSimulated(scenario);
    }

    public void runToEnd() throws InterruptedException {
        runUntil(scenario.duration());
    }

    /**
     * Runs until the timeline marker {@code marker} has been written (finishing every task of
     * that instant), or to the scenario's end.
     *
     * @return true when the marker came
     */
    public boolean runUntil(String marker) throws InterruptedException {
        while (!hasMarker(marker)) {
            java.util.Optional<Duration> next = clock.nextDue().filter(at -> at.compareTo(scenario.duration()) <= 0);
            if (next.isEmpty()) {
                runToEnd();
                return hasMarker(marker);
            }
            runUntil(next.get());
        }
        return true;
    }

    /** Runs the clock on by {@code span} of scenario time. */
    public void advance(Duration span) throws InterruptedException {
        runUntil(clock.now().plus(span));
    }

    /**
     * Submits one message now, as a traffic plan would (sender and recipient as aliases,
     * {@code internet}, or addresses); returns its trace id. It is on the wire when this returns;
     * run the clock (or {@link #messages()}) to see where it went.
     */
    public String send(String from, String to) {
        return traffic.sendNow(from, to, "intransit ad-hoc message", 2048);
    }

    /** Applies a scenario event now (a link cut, a connector added, ...), marked on the timeline. */
    public void fire(org.intransit.scenario.ScenarioAction action) {
        events.apply(action);
    }

    private boolean hasMarker(String name) {
        return markers.contains(name);
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
        if (interrupted) {
            settleInFlight();
        }
        Duration reached = clock.now();
        finalRead().forEach(found -> ledger.record((at, wall) -> found));
        ledger.record((at, wall) -> new LedgerEvent.Marker(at, wall, "end", interrupted ? "interrupted" : "completed"));
        history = stream.seal(ledger);
        header = new RunHeader(scenario.name(), seed, clockName(), clockPlan.scale(), scenario.duration(), reached,
                stopwatch.elapsed().toNanos() / 1e9, interrupted, startedAt);
        summary = RunSummaries.of(header, scenario, history);
        stream.finish(header);
        return summary;
    }

    /**
     * After a stop, lets the submissions and transfers already on the wire end (up to
     * {@link #DRAIN_WAIT}) before the final read: a message read while a transfer of it is half
     * done would show up twice, or a submission that completes after the read not at all.
     */
    private void settleInFlight() {
        try {
            clock.awaitIdle(DRAIN_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String clockName() {
        return clockPlan.mode().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The history the finished run's summary folded (finishes the run first if needed). */
    public synchronized List<LedgerEvent> history() {
        finish();
        return history;
    }

    /** The run directory streaming was given ({@link RunOptions#streamTo()}), chosen when the run was set up. */
    public java.util.Optional<java.nio.file.Path> runDirectory() {
        return stream.directory();
    }

    /**
     * {@code events.jsonl} as the stream finished it, once {@link #finish()} ran; empty without
     * streaming or when writing failed ({@link #streamFailure()}), and the report then writes it.
     */
    public java.util.Optional<java.nio.file.Path> streamedEvents() {
        return stream.eventsFile();
    }

    /** Why streaming {@code events.jsonl} failed, if it did. */
    public java.util.Optional<String> streamFailure() {
        return stream.failure();
    }

    /**
     * Where every message is now: one {@code FoundAtEnd} per message in a mailbox, a queue, an
     * in-transit hold or the outbound sink, stamped with the current time. Not recorded.
     */
    private List<LedgerEvent.FoundAtEnd> finalRead() {
        Duration now = clock.now();
        java.time.Instant wall = clock.wallTime();
        List<LedgerEvent.FoundAtEnd> found = new java.util.ArrayList<>();
        for (SimulatedServer server : topology.servers()) {
            String name = server.name();
            server.store().snapshot().forEach((alias, box) -> box.forEach(m ->
                    found.add(new LedgerEvent.FoundAtEnd(now, wall, m.trace(), name, LedgerEvent.Place.MAILBOX, alias))));
            server.mta().outbound().snapshot().forEach(m ->
                    found.add(new LedgerEvent.FoundAtEnd(now, wall, m.trace(), name, LedgerEvent.Place.OUTBOUND, "internet")));
            server.store().heldTraces().forEach(trace ->
                    found.add(new LedgerEvent.FoundAtEnd(now, wall, trace, name, LedgerEvent.Place.QUEUE, MailboxStore.IN_TRANSIT)));
            server.mta().queues().forEach(view -> view.traces().forEach(trace ->
                    found.add(new LedgerEvent.FoundAtEnd(now, wall, trace, name, LedgerEvent.Place.QUEUE, view.name()))));
        }
        return found;
    }

    /**
     * Every message's fate as things stand now (in-flight work finished): the ledger so far held
     * against a read of every store and queue taken now. On a finished run, the final verdict.
     */
    public List<org.intransit.check.MessageRecord> messages() {
        if (summary != null) {
            return summary.conservation().messages();
        }
        List<LedgerEvent> history = new java.util.ArrayList<>(ledger.snapshot());
        history.addAll(finalRead());
        return org.intransit.check.ConservationCheck.check(history).messages();
    }

    /** The run's header for its report; finishes the run first if it has not finished. */
    public synchronized RunHeader header() {
        finish();
        return header;
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
        stream.close();
        injector.close();
        topology.close();
        clock.close();
    }
}
