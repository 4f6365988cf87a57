package org.intransit.report;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.intransit.ledger.LedgerEvent;
import org.intransit.ledger.SubmissionResult;

/**
 * {@code events.jsonl}: the whole ledger, one JSON object a line, preceded by the run's header,
 * enough to rebuild every other report file. Each record carries its type
 * ({@code {"type":"Delivered","at":"PT2H21M","wall":"2026-...","trace":...}}); scenario times
 * are ISO-8601 durations, wall times ISO-8601 instants.
 *
 * <pre>
 * line 1   {"run": {"scenario": ..., "seed": ..., "clockMode": ..., ...}}
 * line 2.. one LedgerEvent each, in ledger order
 * </pre>
 */
public final class LedgerJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(LedgerEvent.class, LedgerEventTypes.class)
            .addMixIn(SubmissionResult.class, SubmissionResultTypes.class)
            .build();

    private LedgerJson() {}

    public static void write(RunHeader header, List<LedgerEvent> ledger, Writer out) throws IOException {
        out.write(MAPPER.writeValueAsString(new HeaderLine(header)));
        out.write('\n');
        for (LedgerEvent event : ledger) {
            out.write(MAPPER.writerFor(LedgerEvent.class).writeValueAsString(event));
            out.write('\n');
        }
    }

    /** What a file written by {@link #write} holds. */
    public record Contents(RunHeader header, List<LedgerEvent> ledger) {}

    public static Contents read(BufferedReader in) throws IOException {
        String first = in.readLine();
        if (first == null) {
            throw new IOException("empty events file");
        }
        RunHeader header = MAPPER.readValue(first, HeaderLine.class).run();
        List<LedgerEvent> ledger = new ArrayList<>();
        int number = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                ledger.add(MAPPER.readValue(line, LedgerEvent.class));
            } catch (IOException e) {
                throw new IOException("line " + number + ": " + e.getMessage(), e);
            }
        }
        return new Contents(header, ledger);
    }

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

    @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(SubmissionResult.Accepted.class), @JsonSubTypes.Type(SubmissionResult.Rejected.class),
        @JsonSubTypes.Type(SubmissionResult.Unsent.class), @JsonSubTypes.Type(SubmissionResult.Indeterminate.class),
    })
    interface SubmissionResultTypes {}
}
