package org.intransit.mta;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.intransit.directory.RecipientDirectory;
import org.intransit.scenario.ConnectorPlan;
import org.intransit.scenario.Organization;
import org.intransit.scenario.RetrySettings;
import org.intransit.scenario.RoutePlan;
import org.intransit.scenario.ServerKind;

/**
 * What one server's router knows: itself, the directory it resolves through, the topology's
 * sites, the connectors (the GWART's source), and its own queues' retry state.
 *
 * @param siteOfServer every server's site
 * @param gateway the server where mail leaves for the internet, if any
 * @param retryFor a connector's effective retry settings (its own over its server's over the defaults)
 * @param waiting whether a connector (by name) is in an open-retry wait at its bridgehead in this site
 */
public record RoutingContext(
        String server,
        String site,
        ServerKind kind,
        int hopLimit,
        List<RoutePlan> routes,
        Organization organization,
        RecipientDirectory directory,
        Map<String, String> siteOfServer,
        Optional<String> gateway,
        ConnectorTable connectors,
        Function<ConnectorPlan, RetrySettings> retryFor,
        Predicate<String> waiting) {

    public RoutingContext {
        routes = List.copyOf(routes);
        siteOfServer = Map.copyOf(siteOfServer);
    }

    String siteOf(String otherServer) {
        return siteOfServer.get(otherServer);
    }
}
