package org.intransit.scenario;

/**
 * A directory replication connector between two sites' 5.5 directories.
 *
 * @param name defaults to {@code DRC-<siteA>-<siteB>}
 */
public record ReplicationPlan(String name, String siteA, String siteB, Schedule schedule) {}
