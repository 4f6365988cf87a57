package org.intransit.mta;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The bytes of one RFC 5322 message as a server received them, with the few header reads the
 * harness needs. Only the header block is scanned; the body is never parsed.
 *
 * <p>{@value #TRACE_HEADER} carries the harness's trace id across every hop (clients rewrite
 * {@code Message-ID}, so it cannot serve); each {@code Received:} header counts one hop.
 */
public record RawMessage(byte[] bytes) {

    public static final String TRACE_HEADER = "X-Intransit-Trace";

    /** Per-connector failed open attempts, carried when a copy is handed on within a site. */
    public static final String ATTEMPTS_HEADER = "X-Intransit-Connector-Attempts";

    /** The trace id, if the message carries one. */
    public Optional<String> trace() {
        return header(TRACE_HEADER);
    }

    public Optional<String> subject() {
        return header("Subject");
    }

    /** The number of {@code Received:} headers: the hops the message has made. */
    public int hops() {
        int hops = 0;
        for (String line : headerLines()) {
            if (line.regionMatches(true, 0, "Received:", 0, 9)) {
                hops++;
            }
        }
        return hops;
    }

    /** The same message with a trace header in front (for mail from clients outside the harness). */
    public RawMessage withTrace(String trace) {
        return withHeaderInFront(TRACE_HEADER + ": " + trace);
    }

    /** The connector attempts carried in {@value #ATTEMPTS_HEADER} ({@code X400-1=2, SC-1=1}). */
    public java.util.Map<String, Integer> connectorAttempts() {
        java.util.Map<String, Integer> attempts = new java.util.TreeMap<>();
        header(ATTEMPTS_HEADER).ifPresent(value -> {
            for (String pair : value.split(",")) {
                String[] parts = pair.strip().split("=", 2);
                if (parts.length == 2 && parts[1].strip().matches("\\d{1,6}")) {
                    attempts.put(parts[0].strip(), Integer.parseInt(parts[1].strip()));
                }
            }
        });
        return attempts;
    }

    /** The same message with its attempts header replaced by {@code attempts}. */
    public RawMessage withConnectorAttempts(java.util.Map<String, Integer> attempts) {
        StringBuilder line = new StringBuilder(ATTEMPTS_HEADER).append(": ");
        String separator = "";
        for (var entry : new java.util.TreeMap<>(attempts).entrySet()) {
            line.append(separator).append(entry.getKey()).append('=').append(entry.getValue());
            separator = ", ";
        }
        return withoutHeader(ATTEMPTS_HEADER).withHeaderInFront(line.toString());
    }

    /** The same message without any header of that name (folded lines included). */
    private RawMessage withoutHeader(String name) {
        int end = headerEnd();
        String block = new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
        StringBuilder kept = new StringBuilder();
        boolean dropping = false;
        for (String line : block.split("(?<=\n)")) {
            boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
            if (!continuation) {
                dropping = line.regionMatches(true, 0, name + ":", 0, name.length() + 1);
            }
            if (!dropping) {
                kept.append(line);
            }
        }
        byte[] head = kept.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] joined = new byte[head.length + bytes.length - end];
        System.arraycopy(head, 0, joined, 0, head.length);
        System.arraycopy(bytes, end, joined, head.length, bytes.length - end);
        return new RawMessage(joined);
    }

    /** The same message with a header line (no line end) in front of the others. */
    public RawMessage withHeaderInFront(String headerLine) {
        byte[] header = (headerLine + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] joined = new byte[header.length + bytes.length];
        System.arraycopy(header, 0, joined, 0, header.length);
        System.arraycopy(bytes, 0, joined, header.length, bytes.length);
        return new RawMessage(joined);
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
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        for (String line : headerLines()) {
            if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return Optional.of(line.substring(prefix.length()).strip());
            }
        }
        return Optional.empty();
    }

    /** Header lines up to the first empty line, unfolded. */
    private String[] headerLines() {
        int end = headerEnd();
        String block = new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
        return block.replace("\r\n", "\n").replaceAll("\n[ \t]+", " ").split("\n");
    }

    private int headerEnd() {
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\n' && (bytes[i + 1] == '\n' || (bytes[i + 1] == '\r' && i + 2 < bytes.length && bytes[i + 2] == '\n'))) {
                return i;
            }
        }
        return bytes.length;
    }
}
