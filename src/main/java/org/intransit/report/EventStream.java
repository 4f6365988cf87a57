package org.intransit.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.intransit.DaemonThreadFactory;
import org.intransit.ledger.LedgerEvent;

/**
 * Writes {@code events.jsonl} as the run goes, so the file on disk, not only the heap, carries a
 * long run's history: a ledger subscriber that appends one line per record to
 * {@code events.jsonl.tmp} in the run directory, in {@link LedgerJson}'s format.
 *
 * <p>The subscriber only queues the record (it runs under the ledger's lock, which every
 * component appends through); one writer thread turns records into lines, in order, through a
 * 64 KiB buffer. The writer is woken once per {@value #BATCH} records, not per record: on the
 * virtual clock the appending threads are the run's critical path, and a wake-up per record
 * (about ten per message) took CPU from them on a small machine. So the file lags the ledger by
 * at most a batch (and the 64 KiB buffer) until {@link #finish} or {@link #close()} writes the
 * rest. When the writer falls {@value #BACKLOG} records behind, appenders wait for it.
 *
 * <p>Call order: {@link #open} before the ledger's first record, subscribe it to the ledger,
 * then {@link #finish} once with the final header after detaching it from the ledger (which
 * writes the last line and renames the file to {@code events.jsonl}), or {@link #close()} to
 * stop without finishing: the {@code .tmp} file stays, readable by {@link LedgerJson#read} as an
 * interrupted run. A failed write is remembered, later records are dropped, and {@link #finish}
 * throws it, so the run itself never fails on a full disk.
 */
public final class EventStream implements Consumer<LedgerEvent>, AutoCloseable {

    public static final String FILE = "events.jsonl";
    static final int BACKLOG = 65_536;
    static final int BATCH = 512;
    private static final int BUFFER = 1 << 16;

    private final Path target;
    private final Path temporary;
    private final Writer out;
    private final Object queue = new Object();
    /** Records not yet taken by the writer; guarded by {@link #queue}. */
    private List<LedgerEvent> backlog = new ArrayList<>();
    /** Set once: the writer writes what is queued and ends; guarded by {@link #queue}. */
    private boolean stopping;
    private final Thread writer;
    private volatile IOException failure;
    private boolean stopped;

    private EventStream(Path runDirectory, Writer out) {
        this.target = runDirectory.resolve(FILE);
        this.temporary = runDirectory.resolve(FILE + ".tmp");
        this.out = out;
        this.writer = new DaemonThreadFactory("events-jsonl").newThread(this::drain);
    }

    /** Creates {@code events.jsonl.tmp} in {@code runDirectory}, writes the first line, starts the writer. */
    public static EventStream open(Path runDirectory, RunHeader start) throws IOException {
        Files.createDirectories(runDirectory);
        Path temporary = runDirectory.resolve(FILE + ".tmp");
        Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8),
                BUFFER);
        LedgerJson.writeStart(start, out);
        EventStream stream = new EventStream(runDirectory, out);
        stream.writer.start();
        return stream;
    }

    /** Queues one record for the writer; waits only when the writer is {@value #BACKLOG} behind. */
    @Override
    public void accept(LedgerEvent event) {
        if (failure != null) {
            return;
        }
        synchronized (queue) {
            try {
                while (backlog.size() >= BACKLOG && !stopping) {
                    queue.wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IOException("interrupted while queueing a record for " + temporary);
                return;
            }
            backlog.add(event);
            if (backlog.size() == BATCH) {
                queue.notifyAll();
            }
        }
    }

    private void drain() {
        try {
            boolean last = false;
            while (!last) {
                List<LedgerEvent> batch;
                synchronized (queue) {
                    while (backlog.size() < BATCH && !stopping) {
                        queue.wait();
                    }
                    batch = backlog;
                    backlog = new ArrayList<>();
                    last = stopping;
                    queue.notifyAll();
                }
                for (LedgerEvent event : batch) {
                    if (failure == null) {
                        write(event);
                    }
                }
            }
        } catch (InterruptedException e) {
            failure = new IOException("the writer of " + temporary + " was interrupted");
        }
    }

    private void write(LedgerEvent event) {
        try {
            LedgerJson.writeEvent(event, out);
        } catch (IOException e) {
            failure = e;
        }
    }

    /** Writes what is queued and the last line, closes the file and renames it; returns {@code events.jsonl}. */
    public synchronized Path finish(RunHeader header) throws IOException {
        stopWriter();
        if (failure == null) {
            try {
                LedgerJson.writeEnd(header, out);
            } catch (IOException e) {
                failure = e;
            }
        }
        closeFile();
        if (failure != null) {
            throw new IOException("could not write " + temporary + ": " + failure.getMessage(), failure);
        }
        return Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes what is queued and closes the file where it is; safe to call more than once. */
    @Override
    public synchronized void close() {
        stopWriter();
        closeFile();
    }

    private void stopWriter() {
        if (stopped) {
            return;
        }
        stopped = true;
        synchronized (queue) {
            stopping = true;
            queue.notifyAll();
        }
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writer.interrupt();
        }
    }

    private void closeFile() {
        try {
            out.close();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}
