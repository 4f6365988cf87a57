package org.intransit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Runs the whole benchmark in one JVM of its own and prints one table; see bench/README-performance.md.
 *
 * <p>The peers run side by side for the whole run, each in its own process: Postfix's
 * {@code smtp-sink}, a GreenMail JVM ({@link GreenMailBenchServer}) and an intransit JVM
 * ({@link IntransitBenchServer}, a fresh harness per measurement). {@code smtp-source} is the
 * client for all of them, with the same arguments. A warm-up round, then {@code BENCH_ROUNDS}
 * rounds (3); in every round each load runs against each server (the servers' order rotates
 * from round to round), then the virtual-clock scenario and the ledger heap measurement run once.
 * Reported values are the medians of the measured rounds.
 *
 * <p>Every loop is bounded: each measurement has a wall-time cap (smtp-source is stopped there
 * and what completed counts), every answer from a child process has a timeout, and all traffic
 * goes to 127.0.0.1.
 */
public final class BenchDriver {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String SENDER = "bench@fabrikam.example";
    private static final String HELO = "bench.fabrikam.example";

    /** One smtp-source load: the same for every server. */
    record Load(String id, String label, int sessions, boolean reuse, int size, int messages, int endToEndMessages) {
        List<String> args(int count) {
            List<String> a = new ArrayList<>();
            a.add("-c");
            if (reuse) {
                a.add("-d");
            }
            a.addAll(List.of("-s", Integer.toString(sessions), "-m", Integer.toString(count), "-l", Integer.toString(size)));
            return a;
        }

        String sourceCommand(int count) {
            return "smtp-source " + String.join(" ", args(count)) + " -f " + SENDER + " -t RCPT -M " + HELO + " 127.0.0.1:PORT";
        }

        /** The same load with fewer messages (the warm-up). */
        Load times(double fraction) {
            return new Load(id, label, sessions, reuse, size, Math.max(100, (int) (messages * fraction)),
                    Math.max(100, (int) (endToEndMessages * fraction)));
        }
    }

    /** One measurement of one server under one load. */
    record Run(int round, long completed, double seconds, double rate, boolean ok, String note, Map<String, Object> extra) {}

    private final Path root;
    private final Path outDir;
    private final String javaCmd;
    private final Path jar;
    private final Path benchClasses;
    private final String greenMailClassPath;
    private final String smtpSource;
    private final String smtpSink;
    private final int rounds;
    private final double capSeconds;
    private final boolean jfr;
    private final int heapMessages;
    private final List<Load> loads;
    private final List<String> servers;
    /** {@code BENCH_ONLY=end-to-end}: smtp-sink and the 2-site topology on the first load, nothing else. */
    private final boolean endToEndOnly;
    private final Map<String, String> serverLabels = new LinkedHashMap<>();
    private final Map<String, Map<String, List<Run>>> results = new LinkedHashMap<>();
    private final List<Run> virtualClockRuns = new ArrayList<>();
    private final List<Run> heapRuns = new ArrayList<>();
    private final List<String> roundLoads = new ArrayList<>();
    private final double warmupFraction;
    private final List<Child> children = new ArrayList<>();
    private final String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(ZonedDateTime.now(ZoneOffset.UTC));
    private Path work;
    private final long clockTicks;
    private final Map<String, Long> serverPids = new LinkedHashMap<>();

    private BenchDriver(Map<String, String> options) {
        this.root = Path.of(required(options, "root")).toAbsolutePath().normalize();
        this.outDir = root.resolve(options.getOrDefault("out", "reports/bench"));
        this.javaCmd = options.getOrDefault("java", "java");
        this.jar = root.resolve("target/intransit.jar");
        this.benchClasses = root.resolve("bench/target/classes");
        this.greenMailClassPath = benchClasses + ":" + root.resolve("bench/target/greenmail-lib") + "/*";
        this.smtpSource = options.getOrDefault("smtp-source", "/usr/sbin/smtp-source");
        this.smtpSink = options.getOrDefault("smtp-sink", "/usr/sbin/smtp-sink");
        this.rounds = Integer.parseInt(env("BENCH_ROUNDS", "3"));
        this.capSeconds = Double.parseDouble(env("BENCH_CAP_SECONDS", "20"));
        this.warmupFraction = Double.parseDouble(env("BENCH_WARMUP_FRACTION", "0.3"));
        this.jfr = !env("BENCH_JFR", "0").equals("0");
        this.heapMessages = Integer.parseInt(env("BENCH_HEAP_MESSAGES", "1000000"));
        this.clockTicks = Long.parseLong(options.getOrDefault("clk-tck", "100"));
        double scale = Double.parseDouble(env("BENCH_SCALE", "1"));
        this.endToEndOnly = env("BENCH_ONLY", "").equals("end-to-end");
        this.servers = endToEndOnly ? List.of("smtp-sink", "intransit-e2e")
                : List.of("smtp-sink", "greenmail", "intransit-listener", "intransit-e2e");
        List<Load> all = List.of(
                new Load("2k-reused", "2 KiB, 20 sessions, reused", 20, true, 2048, scaled(30_000, scale), scaled(4_000, scale)),
                new Load("20k-reused", "20 KiB, 20 sessions, reused", 20, true, 20480, scaled(10_000, scale), scaled(3_000, scale)),
                new Load("2k-churn", "2 KiB, 100 sessions, 1 msg/conn", 100, false, 2048, scaled(5_000, scale), scaled(2_000, scale)));
        this.loads = endToEndOnly ? all.subList(0, 1) : all;
        serverLabels.put("smtp-sink", "smtp-sink (Postfix " + postfixVersion() + ")");
        serverLabels.put("greenmail", "GreenMail " + greenMailVersion() + ", storing");
        serverLabels.put("intransit-listener", "intransit listener + MTA (1 server)");
        serverLabels.put("intransit-e2e", "intransit end to end (2 sites)");
        servers.forEach(s -> results.put(s, new LinkedHashMap<>()));
    }

    private static int scaled(int n, double scale) {
        return Math.max(100, (int) Math.round(n * scale));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        BenchDriver driver = new BenchDriver(options);
        Runtime.getRuntime().addShutdownHook(new Thread(driver::stopChildren, "bench-cleanup"));
        int status;
        try {
            status = driver.run();
        } finally {
            driver.stopChildren();
        }
        System.exit(status);
    }

    private int run() throws Exception {
        long started = System.nanoTime();
        String loadBefore = loadAverage();
        work = Files.createTempDirectory("intransit-bench-");
        Files.createDirectories(outDir);
        log("intransit benchmark %s: warm-up + %d rounds, cap %.0f s per measurement; work dir %s", stamp, rounds, capSeconds, work);
        for (Load load : loads) {
            log("  load %-10s %s (end to end: -m %d)", load.id(), load.sourceCommand(load.messages()), load.endToEndMessages());
        }
        int sinkPort = startSmtpSink();
        Child greenMail = startJava("greenmail", greenMailClassPath, GreenMailBenchServer.class.getName(), List.of());
        int greenMailPort = Integer.parseInt(greenMail.expect("READY", 60).split(" ")[1]);
        List<String> intransitOpts = new ArrayList<>();
        if (jfr) {
            intransitOpts.add("-XX:StartFlightRecording=filename=" + outDir.resolve(stamp + "-intransit-server.jfr") + ",settings=profile");
        }
        Child intransit = startJava("intransit", benchClasses + ":" + jar, IntransitBenchServer.class.getName(), intransitOpts);
        serverPids.put("greenmail", greenMail.process.pid());
        serverPids.put("intransit-listener", intransit.process.pid());
        serverPids.put("intransit-e2e", intransit.process.pid());
        log("peers: smtp-sink :%d (pid %d), GreenMail :%d (pid %d), intransit bench server pid %d", sinkPort,
                serverPids.getOrDefault("smtp-sink", -1L), greenMailPort, greenMail.process.pid(), intransit.process.pid());

        for (int round = 0; round <= rounds; round++) {
            String which = round == 0 ? "warm-up" : "round " + round + "/" + rounds;
            roundLoads.add(loadAverage());
            for (Load fullLoad : loads) {
                Load load = round == 0 ? fullLoad.times(warmupFraction) : fullLoad;
                List<String> order = rotate(servers, round);
                for (String server : order) {
                    Run run;
                    try {
                        run = switch (server) {
                            case "smtp-sink" -> measurePlain(round, load, sinkPort, null);
                            case "greenmail" -> measurePlain(round, load, greenMailPort, greenMail);
                            case "intransit-listener" -> measureIntransit(round, load, intransit, "listener.yaml", "alice", false);
                            default -> measureIntransit(round, load, intransit, "end-to-end.yaml", "dave", true);
                        };
                    } catch (Exception e) {
                        run = new Run(round, 0, 0, Double.NaN, false, "measurement failed: " + e.getMessage(), Map.of());
                    }
                    results.get(server).computeIfAbsent(load.id(), k -> new ArrayList<>()).add(run);
                    log("%-8s %-10s %-20s %8d msgs %7.2f s %10.0f msgs/s %s%s", which, load.id(), server, run.completed(),
                            run.seconds(), run.rate(), run.ok() ? "ok" : "NOT OK", run.note().isEmpty() ? "" : " (" + run.note() + ")");
                }
            }
            if (endToEndOnly) {
                continue;
            }
            Run clock = measureVirtualClock(round);
            virtualClockRuns.add(clock);
            log("%-8s virtual clock: %.2f s wall (summary.json), %s%s", which, clock.seconds(), clock.ok() ? "ok" : "NOT OK",
                    clock.note().isEmpty() ? "" : " (" + clock.note() + ")");
            Run heap = measureHeap(round);
            heapRuns.add(heap);
            log("%-8s ledger heap: %.0f bytes per message, %s%s", which, heap.rate(), heap.ok() ? "ok" : "NOT OK",
                    heap.note().isEmpty() ? "" : " (" + heap.note() + ")");
        }
        greenMail.send("quit");
        intransit.send("quit");
        stopChildren();
        String loadAfter = loadAverage();
        double totalSeconds = (System.nanoTime() - started) / 1e9;
        ObjectNode report = report(loadBefore, loadAfter, totalSeconds);
        String table = table(report);
        System.out.println();
        System.out.print(table);
        Path json = outDir.resolve(stamp + ".json");
        JSON.writeValue(json.toFile(), report);
        Files.writeString(outDir.resolve(stamp + ".txt"), table);
        if (endToEndOnly) {
            // a partial run: its table has no listener, clock or heap rows, so latest.* keeps the last full run
            System.out.println("written: " + root.relativize(json) + " (and " + stamp + ".txt; latest.* left as they were)");
        } else {
            Files.copy(json, outDir.resolve("latest.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(outDir.resolve(stamp + ".txt"), outDir.resolve("latest.txt"), StandardCopyOption.REPLACE_EXISTING);
            System.out.println("written: " + root.relativize(json) + " (and latest.json, " + stamp + ".txt, latest.txt)");
        }
        deleteQuietly(work);
        return report.path("allRunsOk").asBoolean() ? 0 : 1;
    }

    // ---------------------------------------------------------------- measurements

    /** smtp-sink or GreenMail: smtp-source's wall time; GreenMail's store is counted and emptied. */
    private Run measurePlain(int round, Load load, int port, Child greenMail) throws Exception {
        String server = greenMail == null ? "smtp-sink" : "greenmail";
        long cpu0 = cpuMicros(server);
        Source source = runSource(load, load.messages(), port, "alice@contoso.example", capSeconds);
        long cpu1 = cpuMicros(server);
        String note = source.note();
        boolean ok = source.ok();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("serverCpuMicrosPerMessage", cpuPerMessage(cpu0, cpu1, source.completed()));
        if (greenMail != null) {
            long stored = Long.parseLong(greenMail.ask("count", "COUNT", 120).split(" ")[1]);
            extra.put("stored", stored);
            if (stored != source.completed()) {
                ok = false;
                note = join(note, "GreenMail stored " + stored + " of " + source.completed());
            }
            greenMail.ask("purge", "PURGED", 120);
        }
        return new Run(round, source.completed(), source.seconds(), source.completed() / source.seconds(), ok, note, extra);
    }

    /**
     * intransit: a fresh harness for the scenario; the listener is timed like the others (every
     * message is delivered and ledgered before its 250); end to end is timed from smtp-source's
     * start to the last delivery at the home server. Then the run's conservation check.
     */
    private Run measureIntransit(int round, Load load, Child intransit, String scenario, String rcpt, boolean endToEnd)
            throws Exception {
        String ready = intransit.ask("start " + root.resolve("bench/scenarios/" + scenario) + " EX55A", "READY", 120);
        int port = Integer.parseInt(ready.split(" ")[1]);
        double cap = endToEnd ? capSeconds * 2 : capSeconds;
        String server = endToEnd ? "intransit-e2e" : "intransit-listener";
        long cpu0 = cpuMicros(server);
        Source source = runSource(load, endToEnd ? load.endToEndMessages() : load.messages(), port, rcpt + "@contoso.example", cap);
        double left = Math.max(1, cap - source.seconds());
        String[] delivered = intransit.ask("await " + source.completed() + " " + left, "DELIVERED", (long) left + 60).split(" ");
        long deliveredCount = Long.parseLong(delivered[1]);
        long lastDelivery = Long.parseLong(delivered[2]);
        long cpu1 = cpuMicros(server);
        String summary = intransit.ask("finish", "SUMMARY", 300);
        Map<String, String> counts = keyValues(summary);
        boolean ok = source.ok();
        String note = source.note();
        if (!"0".equals(counts.get("lost")) || !"0".equals(counts.get("duplicated")) || !"true".equals(counts.get("passed"))) {
            ok = false;
            note = join(note, "conservation: " + counts.get("describe"));
        }
        if (deliveredCount != source.completed()) {
            ok = false;
            note = join(note, "delivered " + deliveredCount + " of " + source.completed() + " accepted");
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("serverCpuMicrosPerMessage", cpuPerMessage(cpu0, cpu1, deliveredCount));
        extra.put("conservation", counts.getOrDefault("describe", "").replace('_', ' '));
        extra.put("lost", Long.parseLong(counts.getOrDefault("lost", "-1")));
        extra.put("liveHeapBytesPerMessage", Long.parseLong(counts.getOrDefault("liveHeapBytes", "0"))
                / (double) Math.max(1, deliveredCount));
        double seconds = source.seconds();
        long completed = source.completed();
        if (endToEnd) {
            extra.put("ingestSeconds", source.seconds());
            extra.put("ingestRate", source.completed() / source.seconds());
            seconds = lastDelivery > 0 ? (lastDelivery - source.startNanos()) / 1e9 : cap;
            completed = deliveredCount;
        }
        return new Run(round, completed, seconds, completed / seconds, ok, note, extra);
    }

    /** The 7-day scenario with {@code intransit run} in a JVM of its own; wallSeconds from its summary.json. */
    private Run measureVirtualClock(int round) throws Exception {
        Path reports = work.resolve("virtual-week-" + round);
        List<String> command = new ArrayList<>(List.of(javaCmd));
        if (jfr && round == 1) {
            command.add("-XX:StartFlightRecording=filename=" + outDir.resolve(stamp + "-virtual-week.jfr") + ",settings=profile");
        }
        command.addAll(List.of("-jar", jar.toString(), "run", root.resolve("bench/scenarios/virtual-week.yaml").toString(),
                "--report-dir", reports.toString()));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("virtual-week-" + round + ".log").toFile()).start();
        boolean done = p.waitFor(300, TimeUnit.SECONDS);
        double processSeconds = (System.nanoTime() - t0) / 1e9;
        if (!done) {
            p.destroyForcibly();
            return new Run(round, 0, 300, 0, false, "timed out after 300 s", Map.of());
        }
        List<String> lines = Files.readAllLines(work.resolve("virtual-week-" + round + ".log"));
        Path runDir = Path.of(lines.isEmpty() ? "" : lines.get(lines.size() - 1).trim());
        Path summaryFile = runDir.resolve("summary.json");
        if (!Files.exists(summaryFile)) {
            return new Run(round, 0, processSeconds, 0, false, "no summary.json (exit " + p.exitValue() + "): "
                    + String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size())), Map.of());
        }
        JsonNode summary = JSON.readTree(summaryFile.toFile());
        double wall = summary.path("clock").path("wallSeconds").asDouble();
        long total = summary.path("messages").path("total").asLong();
        long delivered = summary.path("messages").path("delivered").asLong();
        long lost = summary.path("messages").path("lost").asLong();
        boolean passed = summary.path("verdict").path("passed").asBoolean();
        double scenarioSeconds = java.time.Duration.parse(summary.path("clock").path("scenarioReached").asText()).toMillis() / 1000.0;
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("messages", total);
        extra.put("delivered", delivered);
        extra.put("lost", lost);
        extra.put("scenarioSeconds", scenarioSeconds);
        extra.put("scenarioSecondsPerWallSecond", scenarioSeconds / wall);
        extra.put("processSeconds", processSeconds);
        extra.put("exit", p.exitValue());
        boolean ok = passed && lost == 0 && p.exitValue() == 0;
        String note = ok ? "" : summary.path("verdict").path("conservation").asText() + ", exit " + p.exitValue();
        return new Run(round, total, wall, scenarioSeconds / wall, ok, note, extra);
    }

    /** {@link LedgerHeapBench} in a JVM of its own. */
    private Run measureHeap(int round) throws Exception {
        Path log = work.resolve("heap-" + round + ".log");
        Process p = new ProcessBuilder(javaCmd, "-Xmx3g", "-cp", benchClasses + ":" + jar, LedgerHeapBench.class.getName(),
                Integer.toString(heapMessages)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Run(round, 0, 300, 0, false, "timed out after 300 s", Map.of());
        }
        String json = Files.readAllLines(log).stream().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElse(null);
        if (json == null || p.exitValue() != 0) {
            return new Run(round, 0, 0, 0, false, "exit " + p.exitValue() + ": " + Files.readString(log).lines().limit(3).toList(), Map.of());
        }
        JsonNode result = JSON.readTree(json);
        Map<String, Object> extra = JSON.convertValue(result, Map.class);
        return new Run(round, result.path("messages").asLong(), result.path("appendSeconds").asDouble(),
                result.path("bytesPerMessage").asDouble(), true, "", extra);
    }

    /** User + system CPU of a server's process so far, in microseconds (from /proc; -1 when unknown). */
    private long cpuMicros(String server) {
        Long pid = serverPids.get(server);
        if (pid == null) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return ticks * 1_000_000 / clockTicks;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static double cpuPerMessage(long before, long after, long messages) {
        return before < 0 || after < 0 || messages <= 0 ? Double.NaN : round1((after - before) / (double) messages);
    }

    // ---------------------------------------------------------------- smtp-source

    record Source(long completed, double seconds, long startNanos, boolean ok, String note) {}

    /** Runs smtp-source against 127.0.0.1:port, stopped at the cap; counts what completed (its -c counter). */
    private Source runSource(Load load, int count, int port, String rcpt, double cap) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(smtpSource);
        command.addAll(load.args(count));
        command.addAll(List.of("-f", SENDER, "-t", rcpt, "-M", HELO, "127.0.0.1:" + port));
        Path out = work.resolve("smtp-source.out");
        Path err = work.resolve("smtp-source.err");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean done = p.waitFor((long) (cap * 1000), TimeUnit.MILLISECONDS);
        long t1 = System.nanoTime();
        if (!done) {
            p.destroy();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
            }
        }
        long completed = lastCounter(Files.readString(out, StandardCharsets.ISO_8859_1));
        String errors = Files.readString(err, StandardCharsets.ISO_8859_1).trim();
        boolean ok = true;
        String note = "";
        if (!done) {
            note = String.format(Locale.ROOT, "stopped at the %.0f s cap", cap);
        } else if (p.exitValue() != 0 || completed != count) {
            ok = false;
            note = "smtp-source exit " + p.exitValue() + ", " + completed + " of " + count + " sent";
        }
        if (!errors.isEmpty()) {
            note = join(note, "smtp-source: " + errors.lines().limit(2).reduce((a, b) -> a + " | " + b).orElse(""));
        }
        return new Source(completed, (t1 - t0) / 1e9, t0, ok, note);
    }

    private static long lastCounter(String output) {
        String[] parts = output.split("[\\r\\n]+");
        for (int i = parts.length - 1; i >= 0; i--) {
            String s = parts[i].trim();
            if (s.matches("\\d+")) {
                return Long.parseLong(s);
            }
        }
        return 0;
    }

    // ---------------------------------------------------------------- child processes

    /** smtp-sink under a shell that kills it when our pipe closes (so it never outlives the driver). */
    private int startSmtpSink() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String user = "root".equals(System.getProperty("user.name")) ? "-u nobody " : "";
        String script = "'" + smtpSink + "' " + user + "127.0.0.1:" + port + " 1024 & p=$!; echo READY; cat >/dev/null; kill $p; wait $p";
        Child sink = start("smtp-sink", List.of("bash", "-c", script));
        sink.expect("READY", 10);
        for (int i = 0; i < 100; i++) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                sink.process.toHandle().children().filter(c -> c.info().command().orElse("").endsWith("smtp-sink"))
                        .findFirst().ifPresent(c -> serverPids.put("smtp-sink", c.pid()));
                return port;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("smtp-sink did not listen on 127.0.0.1:" + port);
    }

    private Child startJava(String name, String classPath, String mainClass, List<String> jvmOptions) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaCmd, "-Xmx4g"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, mainClass));
        return start(name, command);
    }

    private Child start(String name, List<String> command) throws IOException {
        Path errLog = work.resolve(name + ".stderr");
        Process process = new ProcessBuilder(command).redirectError(errLog.toFile()).start();
        Child child = new Child(name, process);
        children.add(child);
        return child;
    }

    private synchronized void stopChildren() {
        for (Child child : children) {
            child.stop();
        }
        children.clear();
    }

    /** A child process answering one line per command on stdout. */
    static final class Child {
        final String name;
        final Process process;
        final BufferedWriter in;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        Child(String name, Process process) {
            this.name = name;
            this.process = process;
            this.in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        lines.add(line);
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
            }, "bench-read-" + name);
            reader.setDaemon(true);
            reader.start();
        }

        void send(String command) throws IOException {
            in.write(command);
            in.newLine();
            in.flush();
        }

        String ask(String command, String prefix, long timeoutSeconds) throws Exception {
            send(command);
            return expect(prefix, timeoutSeconds);
        }

        /** The next line starting with {@code prefix}; an ERROR line or the timeout fails. */
        String expect(String prefix, long timeoutSeconds) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            while (true) {
                long left = deadline - System.nanoTime();
                String line = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
                if (line == null) {
                    throw new IllegalStateException(name + ": no " + prefix + " within " + timeoutSeconds + " s"
                            + (process.isAlive() ? "" : " (exited " + process.exitValue() + ")"));
                }
                if (line.startsWith(prefix)) {
                    return line;
                }
                if (line.startsWith("ERROR")) {
                    throw new IllegalStateException(name + ": " + line);
                }
            }
        }

        void stop() {
            try {
                in.close();
            } catch (IOException ignored) {
                // already gone
            }
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroy();
                    if (!process.waitFor(5, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---------------------------------------------------------------- report

    private ObjectNode report(String loadBefore, String loadAfter, double totalSeconds) {
        ObjectNode root = JSON.createObjectNode();
        root.put("timestamp", stamp);
        root.put("command", "bench/run");
        ObjectNode machine = root.putObject("machine");
        machine.put("nproc", Runtime.getRuntime().availableProcessors());
        machine.put("cpu", cpuModel());
        machine.put("memTotal", memTotal());
        machine.put("jdk", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("loadAverageBefore", loadBefore);
        machine.put("loadAverageAfter", loadAfter);
        ObjectNode config = root.putObject("config");
        config.put("rounds", rounds);
        config.put("warmupRounds", 1);
        config.put("capSeconds", capSeconds);
        config.put("client", "smtp-source (Postfix " + postfixVersion() + ") on 127.0.0.1");
        config.put("serverJvmOptions", "-Xmx4g");
        config.put("warmupFraction", warmupFraction);
        ArrayNode perRound = machine.putArray("loadAverageAtRoundStart");
        roundLoads.forEach(perRound::add);
        config.put("totalSeconds", Math.round(totalSeconds));
        ArrayNode loadNodes = config.putArray("loads");
        for (Load load : loads) {
            ObjectNode l = loadNodes.addObject();
            l.put("id", load.id());
            l.put("label", load.label());
            l.put("sessions", load.sessions());
            l.put("reusedConnections", load.reuse());
            l.put("sizeBytes", load.size());
            l.put("messages", load.messages());
            l.put("endToEndMessages", load.endToEndMessages());
            l.put("command", load.sourceCommand(load.messages()));
        }
        boolean allOk = true;
        ObjectNode throughput = root.putObject("throughput");
        throughput.put("unit", "msgs/s");
        for (String server : servers) {
            ObjectNode s = throughput.putObject(server);
            s.put("label", serverLabels.get(server));
            for (Load load : loads) {
                List<Run> measured = measured(results.getOrDefault(server, Map.of()).getOrDefault(load.id(), List.of()));
                ObjectNode l = s.putObject(load.id());
                l.put("median", round1(median(measured, Run::rate)));
                l.put("medianSeconds", round3(median(measured, Run::seconds)));
                l.put("medianServerCpuMicrosPerMessage", round1(cpu(server, load)));
                ArrayNode runs = l.putArray("rounds");
                for (Run run : results.getOrDefault(server, Map.of()).getOrDefault(load.id(), List.of())) {
                    runs.add(runNode(run));
                    allOk &= run.ok();
                }
            }
        }
        ObjectNode ratios = root.putObject("ratios");
        for (Load load : loads) {
            ObjectNode r = ratios.putObject(load.id());
            for (String intransit : List.of("intransit-listener", "intransit-e2e")) {
                double value = rate(intransit, load);
                r.put(intransit + "/smtp-sink", round3(value / rate("smtp-sink", load)));
                r.put(intransit + "/greenmail", round3(value / rate("greenmail", load)));
            }
        }
        ObjectNode clock = root.putObject("virtualClock");
        clock.put("scenario", "bench/scenarios/virtual-week.yaml");
        clock.put("description", "7 days, 10,000 messages on 5-minute schedules, directory agents every 5 minutes, 2 sites");
        clock.put("medianWallSeconds", round3(median(measured(virtualClockRuns), Run::seconds)));
        clock.put("medianScenarioSecondsPerWallSecond", Math.round(median(measured(virtualClockRuns), Run::rate)));
        ArrayNode clockRuns = clock.putArray("rounds");
        virtualClockRuns.forEach(run -> clockRuns.add(runNode(run)));
        allOk &= virtualClockRuns.stream().allMatch(Run::ok);
        ObjectNode heap = root.putObject("ledgerHeap");
        heap.put("method", "LedgerHeapBench: " + heapMessages + " messages x 5 records (Submitted, Received, Queued, Transferred, "
                + "Delivered) appended to a Ledger on a started scaled clock; used heap after System.gc() before and after "
                + "(MemoryMXBean); not through sockets");
        heap.put("messages", heapMessages);
        double bytesPerMessage = median(measured(heapRuns), Run::rate);
        heap.put("medianBytesPerMessage", round1(bytesPerMessage));
        heap.put("medianLedgerHeapMiB", round1(bytesPerMessage * heapMessages / (1 << 20)));
        ArrayNode heapRounds = heap.putArray("rounds");
        heapRuns.forEach(run -> heapRounds.add(runNode(run)));
        allOk &= heapRuns.stream().allMatch(Run::ok);

        ArrayNode targets = root.putArray("targets");
        Load main = loads.get(0);
        target(targets, "listener ingest >= 0.5x smtp-sink (" + main.label() + ")", rate("intransit-listener", main) / rate("smtp-sink", main), 0.5, true, "x");
        target(targets, "listener ingest >= 3x GreenMail (" + main.label() + ")", rate("intransit-listener", main) / rate("greenmail", main), 3.0, true, "x");
        target(targets, "end to end >= 0.25x smtp-sink (" + main.label() + ")", rate("intransit-e2e", main) / rate("smtp-sink", main), 0.25, true, "x");
        target(targets, "virtual clock: 7-day scenario <= 10 s wall", median(measured(virtualClockRuns), Run::seconds), 10, false, " s");
        target(targets, "1,000,000 ledgered messages <= 1 GiB heap", bytesPerMessage * 1_000_000 / (1 << 30), 1.0, false, " GiB");
        root.put("allRunsOk", allOk);
        return root;
    }

    private static void target(ArrayNode targets, String name, double measured, double limit, boolean atLeast, String unit) {
        ObjectNode t = targets.addObject();
        t.put("target", name);
        t.put("measured", round3(measured));
        t.put("limit", limit);
        t.put("unit", unit.trim());
        boolean pass = atLeast ? measured >= limit : measured <= limit;
        t.put("pass", pass);
        t.put("byFactor", round3(atLeast ? limit / measured : measured / limit));
    }

    private ObjectNode runNode(Run run) {
        ObjectNode n = JSON.createObjectNode();
        n.put("round", run.round() == 0 ? "warm-up" : Integer.toString(run.round()));
        n.put("completed", run.completed());
        n.put("seconds", round3(run.seconds()));
        n.put("value", round1(run.rate()));
        n.put("ok", run.ok());
        if (!run.note().isEmpty()) {
            n.put("note", run.note());
        }
        n.set("extra", JSON.valueToTree(run.extra()));
        return n;
    }

    private String table(ObjectNode report) {
        StringBuilder t = new StringBuilder();
        JsonNode m = report.path("machine");
        t.append(String.format(Locale.ROOT, "intransit benchmark %s — %d cores (%s), %s RAM, %s%n", stamp, m.path("nproc").asInt(),
                m.path("cpu").asText(), m.path("memTotal").asText(), m.path("jdk").asText()));
        t.append(String.format(Locale.ROOT, "client: smtp-source on 127.0.0.1; medians of %d rounds after a warm-up; load average %s -> %s%n%n",
                rounds, m.path("loadAverageBefore").asText(), m.path("loadAverageAfter").asText()));
        int first = 40;
        int col = 30;
        t.append(pad("msgs/s", first));
        loads.forEach(l -> t.append(pad(l.label(), col)));
        t.append('\n');
        for (String server : servers) {
            t.append(pad(serverLabels.get(server), first));
            for (Load load : loads) {
                t.append(pad(String.format(Locale.ROOT, "%,.0f%s", rate(server, load), okMark(server, load)), col));
            }
            t.append('\n');
        }
        for (String intransit : List.of("intransit-listener", "intransit-e2e")) {
            for (String peer : List.of("smtp-sink", "greenmail")) {
                String label = (intransit.endsWith("listener") ? "  listener" : "  end to end") + " / " + (peer.equals("greenmail") ? "GreenMail" : peer);
                t.append(pad(label, first));
                for (Load load : loads) {
                    t.append(pad(String.format(Locale.ROOT, "%.2fx", rate(intransit, load) / rate(peer, load)), col));
                }
                t.append('\n');
            }
        }
        t.append(String.format(Locale.ROOT, "%nserver CPU per message (user + system, µs; the client's CPU not included)%n"));
        for (String server : servers) {
            t.append(pad(serverLabels.get(server), first));
            for (Load load : loads) {
                t.append(pad(String.format(Locale.ROOT, "%,.0f", cpu(server, load)), col));
            }
            t.append('\n');
        }
        t.append(String.format(Locale.ROOT, "messages per measurement: %s (end to end: %s, timed from smtp-source's start to the last delivery)%n",
                String.join(" / ", loads.stream().map(l -> String.format(Locale.ROOT, "%,d", l.messages())).toList()),
                String.join(" / ", loads.stream().map(l -> String.format(Locale.ROOT, "%,d", l.endToEndMessages())).toList())));
        JsonNode clock = report.path("virtualClock");
        t.append(String.format(Locale.ROOT, "%nvirtual clock, 7-day scenario, 10,000 messages: %.2f s wall (summary.json wallSeconds), %,d scenario s per wall s%n",
                clock.path("medianWallSeconds").asDouble(), clock.path("medianScenarioSecondsPerWallSecond").asLong()));
        JsonNode heap = report.path("ledgerHeap");
        t.append(String.format(Locale.ROOT, "ledger heap at %,d messages (5 records each, measured on the Ledger directly): %,.0f bytes per message, %,.0f MiB%n",
                heap.path("messages").asLong(), heap.path("medianBytesPerMessage").asDouble(), heap.path("medianLedgerHeapMiB").asDouble()));
        t.append('\n');
        for (JsonNode target : report.path("targets")) {
            boolean pass = target.path("pass").asBoolean();
            t.append(String.format(Locale.ROOT, "%-5s %-62s measured %s%s%n", pass ? "PASS" : "MISS", target.path("target").asText(),
                    target.path("measured").asText(), target.path("unit").asText().equals("x") ? "x" : " " + target.path("unit").asText()));
        }
        if (!report.path("allRunsOk").asBoolean()) {
            t.append("WARNING: some runs were not clean (see the JSON's notes; * marks a median over runs with a note)\n");
        }
        return t.toString();
    }

    private String okMark(String server, Load load) {
        return results.getOrDefault(server, Map.of()).getOrDefault(load.id(), List.of()).stream().filter(r -> r.round() > 0)
                .anyMatch(r -> !r.ok() || !r.note().isEmpty()) ? "*" : "";
    }

    /** Median server CPU (user + system) per message, microseconds. */
    private double cpu(String server, Load load) {
        return median(measured(results.getOrDefault(server, Map.of()).getOrDefault(load.id(), List.of())),
                r -> r.extra().get("serverCpuMicrosPerMessage") instanceof Double d ? d : Double.NaN);
    }

    private double rate(String server, Load load) {
        return median(measured(results.getOrDefault(server, Map.of()).getOrDefault(load.id(), List.of())), Run::rate);
    }

    private static List<Run> measured(List<Run> runs) {
        return runs.stream().filter(r -> r.round() > 0).toList();
    }

    private static double median(List<Run> runs, Function<Run, Double> value) {
        double[] v = runs.stream().mapToDouble(value::apply).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static List<String> rotate(List<String> list, int by) {
        List<String> rotated = new ArrayList<>(list);
        java.util.Collections.rotate(rotated, -by);
        return rotated;
    }

    // ---------------------------------------------------------------- small helpers

    private static String pad(String s, int width) {
        return s.length() >= width ? s + "  " : s + " ".repeat(width - s.length());
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }

    private static Map<String, String> keyValues(String line) {
        Map<String, String> map = new LinkedHashMap<>();
        Arrays.stream(line.split(" ")).filter(w -> w.contains("=")).forEach(w -> {
            int eq = w.indexOf('=');
            map.put(w.substring(0, eq), w.substring(eq + 1));
        });
        return map;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static String required(Map<String, String> options, String key) {
        String value = options.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + key);
        }
        return value;
    }

    private static void log(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    private static String cpuModel() {
        return readFirst(Path.of("/proc/cpuinfo"), "model name").map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
    }

    private static String memTotal() {
        return readFirst(Path.of("/proc/meminfo"), "MemTotal").map(l -> {
            long kb = Long.parseLong(l.replaceAll("[^0-9]", ""));
            return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
        }).orElse("unknown");
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static java.util.Optional<String> readFirst(Path file, String prefix) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix)).findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static String postfixVersion() {
        try {
            Process p = new ProcessBuilder("dpkg-query", "-W", "-f=${Version}", "postfix").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? v : "?";
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }

    private String greenMailVersion() {
        try (var files = Files.list(root.resolve("bench/target/greenmail-lib"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("greenmail-\\d.*\\.jar"))
                    .map(n -> n.substring("greenmail-".length(), n.length() - ".jar".length())).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind
        }
    }
}
