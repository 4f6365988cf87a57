package org.intransit.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.intransit.ledger.LedgerEvent;
import org.intransit.ledger.SubmissionResult;

/**
 * {@code events.jsonl}: the whole ledger, one JSON object a line, between what is known of the
 * run when it starts and what is known when it ends, enough to rebuild every other report file.
 * Each record carries its type ({@code {"type":"Delivered","at":"PT2H21M","wall":"2026-...",
 * "trace":...}}); scenario times are ISO-8601 durations, wall times ISO-8601 instants; a
 * {@code Submitted} record has {@code intended} only when it went later than intended.
 *
 * <pre>
 * line 1    {"run": {"scenario": ..., "seed": ..., "clockMode": ..., "scale": ..., "scenarioDuration": ..., "startedAt": ...}}
 * line 2..  one LedgerEvent each, in ledger order
 * last line {"end": {"scenarioReached": ..., "wallSeconds": ..., "interrupted": ...}}
 * </pre>
 *
 * <p>The split lets {@link EventStream} write the file as the run goes. {@link #read} also takes
 * a file without the last line (a run that died: it counts as interrupted, reaching its last
 * record) and the older form whose first line held the whole header.
 */
public final class LedgerJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(LedgerEvent.class, LedgerEventTypes.class)
            .addMixIn(LedgerEvent.Submitted.class, SubmittedOnTime.class)
            .addMixIn(SubmissionResult.class, SubmissionResultTypes.class)
            .build();
    private static final ObjectWriter EVENT = MAPPER.writerFor(LedgerEvent.class);
    private static final String END = "{\"end\":";

    private LedgerJson() {}

    public static void write(RunHeader header, List<LedgerEvent> ledger, Writer out) throws IOException {
        writeStart(header, out);
        for (LedgerEvent event : ledger) {
            writeEvent(event, out);
        }
        writeEnd(header, out);
    }

    /** The first line, from the fields of {@code header} known when the run starts. */
    static void writeStart(RunHeader h, Writer out) throws IOException {
        out.write(MAPPER.writeValueAsString(
                new StartLine(new RunStart(h.scenario(), h.seed(), h.clockMode(), h.scale(), h.scenarioDuration(), h.startedAt()))));
        out.write('\n');
    }

    static void writeEvent(LedgerEvent event, Writer out) throws IOException {
        out.write(EVENT.writeValueAsString(event));
        out.write('\n');
    }

    /** The last line, from the fields of {@code header} known when the run ends. */
    static void writeEnd(RunHeader h, Writer out) throws IOException {
        out.write(MAPPER.writeValueAsString(new EndLine(new RunEnd(h.scenarioReached(), h.wallSeconds(), h.interrupted()))));
        out.write('\n');
    }

    /** What a file written by {@link #write} holds. */
    public record Contents(RunHeader header, List<LedgerEvent> ledger) {}

    public static Contents read(BufferedReader in) throws IOException {
        String first = in.readLine();
        if (first == null) {
            throw new IOException("empty events file");
        }
        RunHeader header = MAPPER.readValue(first, HeaderLine.class).run();
        RunEnd end = null;
        List<LedgerEvent> ledger = new ArrayList<>();
        int number = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                if (line.startsWith(END)) {
                    end = MAPPER.readValue(line, EndLine.class).end();
                } else {
                    ledger.add(MAPPER.readValue(line, LedgerEvent.class));
                }
            } catch (IOException e) {
                throw new IOException("line " + number + ": " + e.getMessage(), e);
            }
        }
        return new Contents(complete(header, end, ledger), ledger);
    }

    /** The header with its end: from the last line, or from the first (older files), or from the last record. */
    private static RunHeader complete(RunHeader h, RunEnd end, List<LedgerEvent> ledger) {
        if (end == null && h.scenarioReached() != null) {
            return h;
        }
        if (end == null) {
            LedgerEvent last = ledger.isEmpty() ? null : ledger.get(ledger.size() - 1);
            double wall = last == null || h.startedAt() == null ? 0
                    : Duration.between(h.startedAt(), last.wall()).toNanos() / 1e9;
            end = new RunEnd(last == null ? Duration.ZERO : last.at(), wall, true);
        }
        return new RunHeader(h.scenario(), h.seed(), h.clockMode(), h.scale(), h.scenarioDuration(),
                end.scenarioReached(), end.wallSeconds(), end.interrupted(), h.startedAt());
    }

    record RunStart(String scenario, long seed, String clockMode, double scale, Duration scenarioDuration,
            Instant startedAt) {}

    record RunEnd(Duration scenarioReached, double wallSeconds, boolean interrupted) {}

    record StartLine(RunStart run) {}

    record EndLine(RunEnd end) {}

    record HeaderLine(RunHeader run) {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(LedgerEvent.Submitted.class), @JsonSubTypes.Type(LedgerEvent.SubmissionCompleted.class),
        @JsonSubTypes.Type(LedgerEvent.Received.class), @JsonSubTypes.Type(LedgerEvent.Queued.class),
        @JsonSubTypes.Type(LedgerEvent.Dequeued.class), @JsonSubTypes.Type(LedgerEvent.TransferFailed.class),
        @JsonSubTypes.Type(LedgerEvent.Transferred.class), @JsonSubTypes.Type(LedgerEvent.Delivered.class),
        @JsonSubTypes.Type(LedgerEvent.NdrGenerated.class), @JsonSubTypes.Type(LedgerEvent.LeftOrganization.class),
        @JsonSubTypes.Type(LedgerEvent.MtaEventLogged.class), @JsonSubTypes.Type(LedgerEvent.ReplicaUpdated.class),
        @JsonSubTypes.Type(LedgerEvent.Marker.class), @JsonSubTypes.Type(LedgerEvent.FoundAtEnd.class),
    })
    interface LedgerEventTypes {}

    /** Leaves {@code intended} out of a submission that went on time (nearly all of them). */
    abstract static class SubmittedOnTime {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Duration intended();
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(SubmissionResult.Accepted.class), @JsonSubTypes.Type(SubmissionResult.Rejected.class),
        @JsonSubTypes.Type(SubmissionResult.Unsent.class), @JsonSubTypes.Type(SubmissionResult.Indeterminate.class),
    })
    interface SubmissionResultTypes {}
}
