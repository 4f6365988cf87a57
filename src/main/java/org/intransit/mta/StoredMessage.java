package org.intransit.mta;

import java.time.Duration;

/**
 * A delivered message as a mailbox keeps it, with its bytes so tests can read what arrived
 * (an NDR's report, a header).
 *
 * @param content the message's bytes, or {@code null} when the store keeps no bodies (load runs,
 *     see {@link MailboxStore#keepBodies})
 */
public record StoredMessage(String trace, String from, String subject, int size, Duration deliveredAt, byte[] content) {

    /** The same record without its bytes. */
    public StoredMessage withoutBody() {
        return content == null ? this : new StoredMessage(trace, from, subject, size, deliveredAt, null);
    }
}
