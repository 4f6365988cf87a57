package org.intransit.scenario;

/**
 * An expectation about one queue: {@code queue: {server, name}} with {@code drainedBy} (the queue
 * is empty at that point of the timeline) and/or {@code maxDepth} (it never held more).
 *
 * @param drainedBy a point on the timeline, or {@code null}
 * @param maxDepth the most messages the queue may hold at once, or {@code null}
 */
public record QueueCondition(String server, String queue, TimeRef drainedBy, Integer maxDepth) {}
