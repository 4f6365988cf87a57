package org.intransit.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the topology's names and references: unique sites, servers (across all sites),
 * mailboxes, connectors and replication agents; mailboxes, connectors, agents and relay routes
 * that name known servers and sites (a route never leads back to its own server); fixed ports
 * used once per address. A mailbox may live on any kind of server, an {@code smtp} relay
 * included (it delivers locally).
 */
final class TopologyValidator {

    private static final Set<String> WILDCARDS = Set.of("0.0.0.0", "::", "[::]");

    /** The names the timeline may refer to. */
    record Names(NameTable sites, NameTable servers, NameTable mailboxes, NameTable connectors, NameTable agents) {}

    private final Scenario scenario;
    private final SourceMap places;

    TopologyValidator(Scenario scenario, SourceMap places) {
        this.scenario = scenario;
        this.places = places;
    }

    Names validate() {
        Names names = new Names(new NameTable("site"), new NameTable("server"), new NameTable("mailbox"),
                new NameTable("connector"), new NameTable("replication agent"));
        for (SitePlan site : scenario.sites()) {
            names.sites().define(site.name(), places.of(site, "name"));
            for (ServerPlan server : site.servers()) {
                names.servers().define(server.name(), places.of(server, "name"));
            }
        }
        ports();
        scenario.servers().forEach(server -> routes(server, names.servers()));
        for (MailboxPlan mailbox : scenario.mailboxes()) {
            names.mailboxes().define(mailbox.alias(), places.of(mailbox, "alias"));
            names.servers().require(mailbox.server(), places.of(mailbox, "server"));
        }
        for (ConnectorPlan connector : scenario.connectors()) {
            names.connectors().define(connector.name(), places.of(connector, "name"));
            connectorEnds(connector, names.servers());
        }
        for (AgreementPlan agreement : scenario.directory().agreements()) {
            names.sites().require(agreement.site(), places.of(agreement, "site"));
            names.agents().define(agreement.name(), places.of(agreement, "name"));
        }
        for (ReplicationPlan replication : scenario.directory().replication()) {
            names.sites().require(replication.siteA(), places.of(replication, "between[0]"));
            names.sites().require(replication.siteB(), places.of(replication, "between[1]"));
            names.agents().define(replication.name(), places.of(replication, "name"));
        }
        return names;
    }

    /** Both ends of a connector (from the file or from an addConnector event) are known servers. */
    void connectorEnds(ConnectorPlan connector, NameTable servers) {
        servers.require(connector.serverA(), places.of(connector, "between[0]"));
        servers.require(connector.serverB(), places.of(connector, "between[1]"));
    }

    /** Every route of a relay leads to a known server other than the relay itself. */
    private void routes(ServerPlan server, NameTable servers) {
        for (RoutePlan route : server.routes()) {
            Where where = places.of(route, "server");
            servers.require(route.server(), where);
            if (route.server().equals(server.name())) {
                throw where.fail("the route for " + route.domain() + " leads back to " + server.name()
                        + " itself; expected another server");
            }
        }
    }

    private void ports() {
        Map<Integer, List<ServerPlan>> byPort = new HashMap<>();
        scenario.servers().filter(server -> server.port() != 0).forEach(server -> {
            List<ServerPlan> earlier = byPort.computeIfAbsent(server.port(), p -> new ArrayList<>());
            for (ServerPlan first : earlier) {
                if (clash(first.bindAddress(), server.bindAddress())) {
                    throw places.of(server, "port").fail("port " + server.port() + " is already used by server "
                            + first.name() + " (line " + places.of(first, "port").line()
                            + "); expected another port, or 0 for any free port");
                }
            }
            earlier.add(server);
        });
    }

    private static boolean clash(String a, String b) {
        return a.equalsIgnoreCase(b) || WILDCARDS.contains(a) || WILDCARDS.contains(b);
    }
}
