package org.intransit.scenario;

import java.time.Duration;

/**
 * A mailbox move: in transit from {@code at}, committed at {@code at + copy}.
 *
 * @param releaseToRpcQueue whether an Exchange 5.5 source releases held mail onto the RPC queue
 *     named after the target server (the documented behaviour, {@code true} by default)
 */
public record MovePlan(String mailbox, String to, Duration at, Duration copy, boolean releaseToRpcQueue) {}
