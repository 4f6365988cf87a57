package org.intransit.mta;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.intransit.mta.ndr.NdrFactory;
import org.intransit.scenario.RetrySettings;
import org.intransit.transport.Credentials;
import org.intransit.transport.TransportClient;

/**
 * What an MTA needs from the topology around it to move mail on.
 *
 * @param transports the clients by name ({@code smtp}, {@code rpc}, {@code x400})
 * @param addressOf where to dial for a next hop: the fabric's proxy towards that server's
 *     listener of the hop's transport; empty while that server is down
 * @param credentialsFor what this server presents when it binds for a next hop
 * @param retryFor the effective retry settings of a next hop's queue
 * @param blackholed whether the link towards a next hop swallows traffic now (the harness owns
 *     the fabric, so it knows; the MTA then waits out its connect timeout in scenario time)
 */
public record MtaWiring(
        Map<String, TransportClient> transports,
        Function<NextHop, Optional<InetSocketAddress>> addressOf,
        Function<NextHop, Credentials> credentialsFor,
        Function<NextHop, RetrySettings> retryFor,
        java.util.function.Predicate<NextHop> blackholed,
        NdrFactory ndrFactory) {

    public MtaWiring {
        transports = Map.copyOf(transports);
    }
}
