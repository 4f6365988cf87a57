package org.intransit.transport;

import java.util.List;

/**
 * One message crossing from one server to the next, whatever the transport.
 *
 * @param trace the harness's trace id (also inside {@code content} as {@code X-Intransit-Trace})
 * @param originator the envelope sender (an SMTP address; the X.400 transport carries it as the
 *     originator O/R name string)
 * @param recipients the envelope recipients this hop carries
 * @param hops the servers the message has passed, oldest first (the X.400 trace; loop detection)
 * @param content the RFC 5322 bytes, passed on unchanged
 */
public record Transfer(String trace, String originator, List<String> recipients, List<String> hops, byte[] content) {

    public Transfer {
        recipients = List.copyOf(recipients);
        hops = List.copyOf(hops);
    }
}
