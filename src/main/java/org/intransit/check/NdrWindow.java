package org.intransit.check;

import java.time.Duration;

/**
 * How long a moved mailbox bounced mail from one sender site: the first and last submission
 * times of the messages that were NDR'd, and how many there were.
 *
 * @param senderSite the site of the senders' home server, or {@code internet}
 * @param length {@code lastBounced - firstBounced}
 */
public record NdrWindow(String mailbox, String senderSite, Duration firstBounced, Duration lastBounced, long bounced,
        Duration length) {}
