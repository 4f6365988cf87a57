package org.intransit.traffic;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.intransit.mta.RawMessage;

/**
 * Writes the RFC 5322 bytes of a generated message: the usual headers, the trace header, and a
 * body of pseudo-random words filled up to the planned size. The words come from a generator
 * seeded with the scenario seed and the trace, so the same seed gives the same bytes.
 */
final class MessageFactory {

    private static final String[] WORDS = {
        "mailbox", "move", "site", "connector", "queue", "replica", "directory", "stub", "bridgehead",
        "transfer", "route", "gateway", "schedule", "agreement", "server", "message", "window", "commit",
    };
    private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final long seed;
    private final String domain;

    MessageFactory(long seed, String domain) {
        this.seed = seed;
        this.domain = domain;
    }

    byte[] build(String trace, String from, String to, String subject, long size, Duration submittedAt, Instant wall) {
        StringBuilder text = new StringBuilder(Math.toIntExact(Math.min(size, Integer.MAX_VALUE - 1024)) + 512);
        text.append("Message-ID: <").append(trace).append('@').append(domain).append(">\r\n")
                .append("Date: ").append(DATE.format(wall)).append("\r\n")
                .append("From: <").append(from).append(">\r\n")
                .append("To: <").append(to).append(">\r\n")
                .append("Subject: ").append(subject).append("\r\n")
                .append(RawMessage.TRACE_HEADER).append(": ").append(trace).append("\r\n")
                .append("X-Intransit-Submitted: ").append(submittedAt).append("\r\n")
                .append("MIME-Version: 1.0\r\n")
                .append("Content-Type: text/plain; charset=us-ascii\r\n")
                .append("\r\n");
        SplittableRandom random = new SplittableRandom(seed ^ trace.hashCode() * 0x9E3779B97F4A7C15L);
        int line = 0;
        while (text.length() < size - 2) {
            String word = WORDS[random.nextInt(WORDS.length)];
            text.append(word);
            line += word.length() + 1;
            if (line > 72) {
                text.append("\r\n");
                line = 0;
            } else {
                text.append(' ');
            }
        }
        text.append("\r\n");
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
