package org.intransit.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.intransit.check.ConservationResult;
import org.intransit.check.Fate;
import org.intransit.harness.Harness;
import org.intransit.harness.RunOptions;
import org.intransit.ledger.LedgerEvent;
import org.intransit.report.RunSummary;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.ScenarioLoader;
import org.intransit.topology.SimulatedServer;

/**
 * The intransit side of the benchmark: one JVM that starts a fresh {@link Harness} per
 * measurement (the JIT stays warm across them, as GreenMail's JVM does), on the scaled clock at
 * scale 1, with no traffic of its own, so that smtp-source is the only client, as in
 * {@code intransit serve}.
 *
 * <p>Driven line by line on stdin by {@link BenchDriver}; answers one line each on stdout:
 * <pre>
 *   start FILE SERVER      -> READY port            (SERVER's SMTP listener)
 *   await N SECONDS        -> DELIVERED n lastDeliveryNanos firstReceivedNanos
 *   finish                 -> SUMMARY key=value ...  (the run's conservation counts, then close)
 *   quit                   -> BYE
 * </pre>
 * Nanos are {@link System#nanoTime()} (CLOCK_MONOTONIC on Linux, comparable with the driver's).
 * Exits when stdin closes, so it never outlives the driver.
 */
public final class IntransitBenchServer {

    private static final Duration FOREVER = Duration.ofDays(365L * 100);

    private final PrintStream out;
    private Harness harness;
    private Thread runner;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong lastDelivery = new AtomicLong();
    private final AtomicLong firstReceived = new AtomicLong();
    private volatile long awaited = Long.MAX_VALUE;
    private volatile CountDownLatch reached = new CountDownLatch(1);
    private long baselineHeap;

    private IntransitBenchServer(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        IntransitBenchServer server = new IntransitBenchServer(out);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] words = line.trim().split("\\s+");
            try {
                switch (words[0]) {
                    case "start" -> server.start(Path.of(words[1]), words[2]);
                    case "await" -> server.await(Long.parseLong(words[1]), Double.parseDouble(words[2]));
                    case "finish" -> server.finish();
                    case "quit" -> {
                        server.closeHarness();
                        out.println("BYE");
                        return;
                    }
                    case "" -> { }
                    default -> out.println("ERROR unknown command " + words[0]);
                }
            } catch (Exception e) {
                e.printStackTrace();
                out.println("ERROR " + e.toString().replace('\n', ' '));
            }
        }
        server.closeHarness();
    }

    private void start(Path file, String ingestServer) throws Exception {
        if (harness != null) {
            throw new IllegalStateException("a harness is running; finish it first");
        }
        baselineHeap = usedHeapAfterGc();
        Scenario scenario = ScenarioLoader.load(file);
        delivered.set(0);
        lastDelivery.set(0);
        firstReceived.set(0);
        awaited = Long.MAX_VALUE;
        reached = new CountDownLatch(1);
        harness = Harness.start(scenario, new RunOptions(null, 1.0, false));
        harness.ledger().subscribe(event -> {
            if (event instanceof LedgerEvent.Delivered) {
                long now = System.nanoTime();
                lastDelivery.set(now);
                if (delivered.incrementAndGet() >= awaited) {
                    reached.countDown();
                }
            } else if (event instanceof LedgerEvent.Received && firstReceived.get() == 0) {
                firstReceived.compareAndSet(0, System.nanoTime());
            }
        });
        Harness running = harness;
        runner = new Thread(() -> {
            try {
                running.runUntil(FOREVER);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                e.printStackTrace();
            }
        }, "bench-clock-driver");
        runner.setDaemon(true);
        runner.start();
        SimulatedServer ingest = harness.topology().server(ingestServer)
                .orElseThrow(() -> new IllegalArgumentException("no server " + ingestServer));
        out.println("READY " + ingest.address().orElseThrow().getPort());
    }

    private void await(long count, double seconds) throws InterruptedException {
        awaited = count;
        if (delivered.get() >= count) {
            reached.countDown();
        }
        reached.await((long) (seconds * 1e9), TimeUnit.NANOSECONDS);
        out.println("DELIVERED " + delivered.get() + " " + lastDelivery.get() + " " + firstReceived.get());
    }

    private void finish() throws InterruptedException {
        if (harness == null) {
            throw new IllegalStateException("no harness running");
        }
        long liveHeap = usedHeapAfterGc() - baselineHeap;
        harness.interrupt();
        runner.join(TimeUnit.SECONDS.toMillis(60));
        RunSummary summary = harness.finish();
        ConservationResult conservation = summary.conservation();
        Map<Fate, Long> counts = conservation.counts();
        StringBuilder line = new StringBuilder("SUMMARY messages=").append(conservation.messages().size());
        counts.forEach((fate, n) -> line.append(' ').append(fate.name().toLowerCase(java.util.Locale.ROOT)).append('=').append(n));
        line.append(" passed=").append(conservation.passed());
        line.append(" liveHeapBytes=").append(liveHeap);
        line.append(" describe=").append(conservation.describe().replace(' ', '_'));
        closeHarness();
        out.println(line);
    }

    private void closeHarness() {
        if (harness != null) {
            harness.interrupt();
            harness.close();
            harness = null;
            runner = null;
        }
    }

    /** Used heap after a full collection (a few, until it settles). */
    static long usedHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long used = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(previous - used) < 1 << 20) {
                return used;
            }
            previous = used;
        }
        return previous;
    }
}
