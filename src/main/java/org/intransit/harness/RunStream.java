package org.intransit.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.intransit.ledger.Ledger;
import org.intransit.ledger.LedgerEvent;
import org.intransit.report.EventStream;
import org.intransit.report.RunHeader;

/**
 * A run's history on its way to {@code events.jsonl}: streamed to the run directory as the run
 * goes when {@link RunOptions#streamTo()} names one, else only in the ledger.
 *
 * <p>Call order: {@link #open} right after the ledger is made, {@link #seal} when the last
 * record is in (it returns the history the report folds, which is exactly what the stream
 * wrote), then {@link #finish} with the final header, or {@link #abandon} when the run never
 * started. A stream that fails to write leaves {@link #eventsFile()} empty and the report writes
 * {@code events.jsonl} from memory instead.
 */
final class RunStream {

    private final Path directory;
    private final EventStream stream;
    private Path eventsFile;
    private String failure;

    private RunStream(Path directory, EventStream stream) {
        this.directory = directory;
        this.stream = stream;
    }

    static RunStream open(StreamTarget target, Ledger ledger, RunHeader start) {
        if (target == null) {
            return new RunStream(null, null);
        }
        try {
            Path directory = target.directoryFor(start.startedAt());
            EventStream stream = EventStream.open(directory, start);
            ledger.subscribe(stream);
            return new RunStream(directory, stream);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stream events.jsonl: " + e.getMessage(), e);
        }
    }

    /** The history so far; the stream stops taking records at the same instant. */
    List<LedgerEvent> seal(Ledger ledger) {
        return stream == null ? ledger.snapshot() : ledger.detach(stream);
    }

    void finish(RunHeader header) {
        if (stream == null) {
            return;
        }
        try {
            eventsFile = stream.finish(header);
        } catch (IOException e) {
            failure = e.getMessage();
        }
    }

    /** Closes the stream and removes what it wrote: a run that never started has no history. */
    void abandon() {
        if (stream != null) {
            stream.close();
            try {
                Files.deleteIfExists(directory.resolve(EventStream.FILE + ".tmp"));
                Files.deleteIfExists(directory);
            } catch (IOException ignored) {
                // a directory that is not empty stays
            }
        }
    }

    /** Closes an unfinished stream where it is: its {@code .tmp} file shows how far the run got. */
    void close() {
        if (stream != null) {
            stream.close();
        }
    }

    Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** {@code events.jsonl}, once the stream finished without a failure. */
    Optional<Path> eventsFile() {
        return Optional.ofNullable(eventsFile);
    }

    Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    static RunHeader startHeader(String scenario, long seed, String clockMode, double scale,
            java.time.Duration duration, Instant startedAt) {
        return new RunHeader(scenario, seed, clockMode, scale, duration, null, 0, false, startedAt);
    }
}
