package org.intransit.transport.x400;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.intransit.DaemonThreadFactory;

/**
 * Drives the real {@code tshark}: a live capture on loopback, then dissection of the file.
 *
 * <p>Call order: {@link #startCapture}, {@link #awaitLive}, the traffic, {@link #summaryLines}
 * to know it was all captured, {@link #close()}; then {@link #read} on the file. Every wait is
 * bounded; the output streams are drained by daemon threads so tshark never blocks on a pipe.
 */
final class Tshark implements AutoCloseable {

    private static final long WAIT_SECONDS = 30;
    private static final int PROBES = 100;

    private record Waiter(String text, int times, CompletableFuture<Void> done) {}

    private final ExecutorService readers = Executors.newCachedThreadPool(new DaemonThreadFactory("tshark-reader"));
    private final StringBuffer stderr = new StringBuffer();
    private final List<String> summary = new CopyOnWriteArrayList<>();
    private final List<Waiter> waiters = new CopyOnWriteArrayList<>();
    private Process capture;

    /** Whether {@code tshark --version} runs. */
    static boolean installed() {
        try {
            Process p = new ProcessBuilder("tshark", "--version").redirectErrorStream(true).start();
            p.getInputStream().transferTo(OutputStream.nullOutputStream());
            return p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Starts capturing {@code tcp port <port>} on {@code lo} into {@code pcap}, printing a live
     * one-line summary per packet (decoded as TPKT) to stdout, and waits until tshark reports
     * "Capturing on"; false when it does not.
     */
    boolean startCapture(int port, Path pcap) throws IOException, InterruptedException {
        capture = new ProcessBuilder("tshark", "-i", "lo", "-f", "tcp port " + port, "-w", pcap.toString(), "-P", "-l",
                "-d", "tcp.port==" + port + ",tpkt").start();
        CompletableFuture<Void> capturing = new CompletableFuture<>();
        drain(capture.getErrorStream(), line -> {
            stderr.append(line).append('\n');
            if (line.contains("Capturing on")) {
                capturing.complete(null);
            }
        }, capturing);
        drain(capture.getInputStream(), line -> {
            summary.add(line);
            waiters.forEach(this::check);
        }, new CompletableFuture<>());
        try {
            capturing.get(WAIT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        }
    }

    /**
     * "Capturing on" comes a moment before packets are really seen: opens plain TCP connections
     * to {@code target} until the summary shows a SYN. False when none shows after
     * {@value #PROBES} tries.
     */
    boolean awaitLive(InetSocketAddress target) throws InterruptedException {
        CompletableFuture<Void> seen = summaryLines("[SYN]", 1);
        for (int i = 0; i < PROBES && !seen.isDone(); i++) {
            try (Socket probe = new Socket()) {
                probe.connect(target, 1000);
            } catch (IOException e) {
                return false;
            }
            try {
                seen.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // not seen yet: probe again
            }
        }
        return seen.isDone();
    }

    /** Completes once the live summary has shown {@code times} lines containing {@code text}. */
    CompletableFuture<Void> summaryLines(String text, int times) {
        Waiter waiter = new Waiter(text, times, new CompletableFuture<>());
        waiters.add(waiter);
        check(waiter);
        return waiter.done();
    }

    String stderr() {
        return stderr.toString();
    }

    /** Runs tshark on a file and returns its stdout; fails if it does not end in time. */
    String read(List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("tshark"));
        command.addAll(arguments);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()), readers);
        if (!p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("tshark " + arguments + " did not finish in " + WAIT_SECONDS + " s");
        }
        return out.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private void check(Waiter waiter) {
        if (summary.stream().filter(line -> line.contains(waiter.text())).count() >= waiter.times()) {
            waiter.done().complete(null);
        }
    }

    private void drain(InputStream stream, Consumer<String> onLine, CompletableFuture<Void> ended) {
        readers.execute(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    onLine.accept(line);
                }
            } catch (IOException e) {
                ended.completeExceptionally(e);
            }
            ended.completeExceptionally(new IllegalStateException("tshark closed its output"));
        });
    }

    private static String readAll(InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the capture (SIGTERM, then SIGKILL after a bounded wait) and the reader threads. */
    @Override
    public void close() {
        try {
            if (capture != null) {
                capture.destroy();
                if (!capture.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    capture.destroyForcibly().waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            capture.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            readers.shutdownNow();
        }
    }
}
