package org.intransit.mta;

import java.time.Duration;

/**
 * A delivered message as a mailbox keeps it: compact, without the body, so a long run's memory
 * does not grow with message sizes.
 */
public record StoredMessage(String trace, String from, String subject, int size, Duration deliveredAt) {}
