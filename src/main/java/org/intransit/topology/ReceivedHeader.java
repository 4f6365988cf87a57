package org.intransit.topology;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The trace line a server's SMTP listener puts in front of each message it accepts; it counts
 * the hop ({@link org.intransit.mta.RawMessage#hops()}). The shape is SubEthaSMTP's, with the
 * client's address as a literal (no host name lookup) and the date from the scenario clock's
 * wall time:
 *
 * <pre>
 * Received: from client.test ([127.0.0.1])
 *         by ex1.contoso.example
 *         with SMTP (intransit) id 1f0c3a9e
 *         for &lt;alice@contoso.example&gt;;
 *         Wed, 25 Nov 2026 14:10:23 GMT
 * </pre>
 *
 * <p>The {@code for} line appears only for a single recipient, as RFC 5321 4.4 advises.
 */
final class ReceivedHeader {

    private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    /** The last date written: formatting one costs more than the rest of the header, and it changes once a second. */
    private static volatile Stamp last = new Stamp(Long.MIN_VALUE, "");

    private record Stamp(long second, String text) {}

    private ReceivedHeader() {}

    /**
     * @param helo the client's EHLO/HELO name, or {@code null} when it sent none
     * @param recipient the only recipient, or {@code null} when there are several
     */
    static byte[] of(String helo, SocketAddress client, String byHost, String sessionId, String recipient, Instant wall) {
        StringBuilder header = new StringBuilder(192).append("Received: from ")
                .append(helo == null ? "unknown" : helo).append(" ([").append(address(client)).append("])\r\n")
                .append("        by ").append(byHost).append("\r\n")
                .append("        with SMTP (").append(SmtpListeners.SOFTWARE).append(") id ").append(sessionId);
        if (recipient != null) {
            header.append("\r\n        for <").append(recipient).append('>');
        }
        header.append(";\r\n        ").append(date(wall)).append("\r\n");
        return header.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static String date(Instant wall) {
        Stamp stamp = last;
        if (stamp.second() != wall.getEpochSecond()) {
            stamp = new Stamp(wall.getEpochSecond(), DATE.format(Instant.ofEpochSecond(wall.getEpochSecond())));
            last = stamp;
        }
        return stamp.text();
    }

    private static String address(SocketAddress client) {
        return client instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress() : "unknown";
    }
}
