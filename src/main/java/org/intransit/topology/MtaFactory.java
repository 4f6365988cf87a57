package org.intransit.topology;

import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Optional;
import org.intransit.ledger.Ledger;
import org.intransit.mta.Mta;
import org.intransit.mta.NextHop;
import org.intransit.mta.MtaWiring;
import org.intransit.mta.RoutingContext;
import org.intransit.mta.ndr.NdrFactory;
import org.intransit.scenario.ConnectorKind;
import org.intransit.scenario.ConnectorPlan;
import org.intransit.scenario.RetrySettings;
import org.intransit.scenario.ServerPlan;
import org.intransit.transport.Credentials;

/**
 * Wires one server's MTA into the topology: what its router sees, where its queues dial (the
 * fabric's proxy towards the next server's listener), what it presents in a bind, and which
 * retry settings apply (a connector's own over its server's over the Exchange defaults).
 *
 * <p>The RPC bind account: a site connector between the two sites with an override account
 * makes the caller present that account (the documented workaround); otherwise it presents its
 * own service account, which the callee accepts only if it runs under the same one.
 */
final class MtaFactory {

    private final Topology topology;
    private final Ledger ledger;

    MtaFactory(Topology topology, Ledger ledger) {
        this.topology = topology;
        this.ledger = ledger;
    }

    Mta create(SimulatedServer server) {
        ServerPlan plan = server.plan();
        String name = server.name();
        RoutingContext context = new RoutingContext(name, server.site(), plan.kind(), plan.hopLimit(), plan.routes(),
                topology.organization(), topology.directoryFor(server), topology.siteOfServer(),
                topology.scenario().gateway().map(ServerPlan::name), topology.connectors(),
                connector -> retry(connector, plan), connector -> waiting(connector, server.site()));
        String host = name.toLowerCase(Locale.ROOT) + "." + topology.organization().smtpDomain();
        MtaWiring wiring = new MtaWiring(topology.transports(),
                hop -> addressOf(name, hop),
                hop -> credentials(server, hop),
                hop -> hop.connector() == null ? plan.retry().over(RetrySettings.DEFAULTS)
                        : topology.connectors().get(hop.connector()).map(c -> retry(c, plan))
                                .orElse(plan.retry().over(RetrySettings.DEFAULTS)),
                hop -> topology.fabric().link(name, hop.server()).state() == org.intransit.scenario.LinkState.BLACKHOLE,
                new NdrFactory(host, "postmaster@" + topology.organization().smtpDomain()));
        return new Mta(context, server.store(), ledger, wiring);
    }

    /**
     * Whether a connector's queue at its bridgehead in {@code site} waits out an open retry: the
     * GWART is site-wide, so every server of the site avoids a connector its bridgehead found down.
     */
    private boolean waiting(String connector, String site) {
        return topology.connectors().get(connector)
                .map(c -> site.equals(topology.siteOf(c.serverA())) ? c.serverA() : c.serverB())
                .flatMap(topology::server)
                .map(bridgehead -> bridgehead.mta() != null && bridgehead.mta().waiting(connector))
                .orElse(false);
    }

    private static RetrySettings retry(ConnectorPlan connector, ServerPlan server) {
        return connector.retry().over(server.retry().over(RetrySettings.DEFAULTS));
    }

    private Optional<InetSocketAddress> addressOf(String from, NextHop hop) {
        return topology.server(hop.server())
                .flatMap(target -> target.listenerAddress(hop.transport()))
                .map(target -> topology.fabric().route(from, hop.server(), target));
    }

    private Credentials credentials(SimulatedServer server, NextHop hop) {
        String password = hop.connector() == null ? null : topology.connectors().presentedPassword(hop.connector());
        return new Credentials(server.name(), account(server, hop), server.name(), password);
    }

    private String account(SimulatedServer server, NextHop hop) {
        Optional<ConnectorPlan> viaSiteConnector = hop.connector() != null
                ? topology.connectors().get(hop.connector()).filter(c -> c.kind() == ConnectorKind.SITE)
                : topology.connectors().siteConnectorBetween(server.site(), topology.siteOf(hop.server()), topology::siteOf);
        return viaSiteConnector.map(ConnectorPlan::overrideAccount).orElse(server.serviceAccount());
    }
}
