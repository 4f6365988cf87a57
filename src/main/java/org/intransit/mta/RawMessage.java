package org.intransit.mta;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The bytes of one RFC 5322 message as a server received them, with the few header reads the
 * harness needs. Only the header block is scanned; the body is never parsed.
 *
 * <p>{@value #TRACE_HEADER} carries the harness's trace id across every hop (clients rewrite
 * {@code Message-ID}, so it cannot serve); each {@code Received:} header counts one hop.
 *
 * <p>Immutable and safe to share between threads. The header block is parsed on the first read
 * and kept ({@link HeaderFields}); a copy with a header put in front takes over the parsed
 * fields instead of parsing again. Not a record, because of that cache; two messages are equal
 * when they hold the same array, as they were when this was a record (the bytes are never
 * compared: they can be large).
 */
public final class RawMessage {

    public static final String TRACE_HEADER = "X-Intransit-Trace";

    /** Per-connector failed open attempts, carried when a copy is handed on within a site. */
    public static final String ATTEMPTS_HEADER = "X-Intransit-Connector-Attempts";

    private static final Pattern ATTEMPT_COUNT = Pattern.compile("\\d{1,6}");

    private final byte[] bytes;
    /** Parsed on first use; a race parses twice and keeps either, both the same. */
    private volatile HeaderFields headers;

    public RawMessage(byte[] bytes) {
        this(bytes, null);
    }

    private RawMessage(byte[] bytes, HeaderFields headers) {
        this.bytes = java.util.Objects.requireNonNull(bytes, "bytes");
        this.headers = headers;
    }

    /** The message as received; the array is shared, not copied: do not change it. */
    public byte[] bytes() {
        return bytes;
    }

    /** The trace id, if the message carries one. */
    public Optional<String> trace() {
        return header(TRACE_HEADER);
    }

    public Optional<String> subject() {
        return header("Subject");
    }

    /** The number of {@code Received:} headers: the hops the message has made. */
    public int hops() {
        return headers().count("Received");
    }

    /** The same message with a trace header in front (for mail from clients outside the harness). */
    public RawMessage withTrace(String trace) {
        return withHeaderInFront(TRACE_HEADER + ": " + trace);
    }

    /** The connector attempts carried in {@value #ATTEMPTS_HEADER} ({@code X400-1=2, SC-1=1}). */
    public Map<String, Integer> connectorAttempts() {
        Map<String, Integer> attempts = new TreeMap<>();
        header(ATTEMPTS_HEADER).ifPresent(value -> {
            for (String pair : value.split(",")) {
                String[] parts = pair.strip().split("=", 2);
                if (parts.length == 2 && ATTEMPT_COUNT.matcher(parts[1].strip()).matches()) {
                    attempts.put(parts[0].strip(), Integer.parseInt(parts[1].strip()));
                }
            }
        });
        return attempts;
    }

    /** The same message with its attempts header replaced by {@code attempts}. */
    public RawMessage withConnectorAttempts(Map<String, Integer> attempts) {
        StringBuilder line = new StringBuilder(ATTEMPTS_HEADER).append(": ");
        String separator = "";
        for (var entry : new TreeMap<>(attempts).entrySet()) {
            line.append(separator).append(entry.getKey()).append('=').append(entry.getValue());
            separator = ", ";
        }
        return new RawMessage(headers().without(bytes, ATTEMPTS_HEADER)).withHeaderInFront(line.toString());
    }

    /** The same message with a header line (no line end) in front of the others. */
    public RawMessage withHeaderInFront(String headerLine) {
        byte[] header = (headerLine + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] joined = new byte[header.length + bytes.length];
        System.arraycopy(header, 0, joined, 0, header.length);
        System.arraycopy(bytes, 0, joined, header.length, bytes.length);
        HeaderFields parsed = headers;
        return new RawMessage(joined,
                parsed == null ? null : parsed.withLineInFront(headerLine, header.length, bytes).orElse(null));
    }

    /** How long the message may wait before it expires, by its {@code Priority:} header (RFC 2156). */
    public Priority priority() {
        String value = header("Priority").or(() -> header("Importance")).orElse("").toLowerCase(Locale.ROOT);
        if (value.startsWith("urgent") || value.startsWith("high")) {
            return Priority.URGENT;
        }
        if (value.startsWith("non-urgent") || value.startsWith("low")) {
            return Priority.NON_URGENT;
        }
        return Priority.NORMAL;
    }

    /** X.400 / RFC 2156 message priority; it sets the expiry time. */
    public enum Priority {
        URGENT,
        NORMAL,
        NON_URGENT
    }

    public int size() {
        return bytes.length;
    }

    /** The first header of that name, unfolded, without its name. */
    public Optional<String> header(String name) {
        return headers().first(name);
    }

    private HeaderFields headers() {
        HeaderFields parsed = headers;
        if (parsed == null) {
            parsed = HeaderFields.parse(bytes);
            headers = parsed;
        }
        return parsed;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RawMessage m && m.bytes == bytes;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(bytes);
    }

    @Override
    public String toString() {
        return "RawMessage[" + bytes.length + " bytes]";
    }
}
