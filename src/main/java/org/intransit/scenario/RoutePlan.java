package org.intransit.scenario;

/**
 * A static route of a generic {@code smtp} relay: mail for {@code domain} goes to
 * {@code server}. {@code *} matches every domain; otherwise the longest matching suffix wins.
 */
public record RoutePlan(String domain, String server) {}
