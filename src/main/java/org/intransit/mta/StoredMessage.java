package org.intransit.mta;

import java.time.Duration;

/**
 * A delivered message as a mailbox keeps it, with its bytes so tests can read what arrived
 * (an NDR's report, a header).
 */
public record StoredMessage(String trace, String from, String subject, int size, Duration deliveredAt, byte[] content) {}
