package org.intransit.mta;

/**
 * Where a queue drains to and how.
 *
 * @param server the next server
 * @param transport {@code rpc}, {@code x400} or {@code smtp}
 * @param connector the connector used, or {@code null} for RPC within a site and static SMTP routes
 */
public record NextHop(String server, String transport, String connector) {}
