package org.intransit.scenario;

import java.util.List;

/**
 * An Exchange site (or any group of servers that trust each other).
 *
 * @param serviceAccount the account its servers' MTAs run as, unless a server names its own
 */
public record SitePlan(String name, String serviceAccount, List<ServerPlan> servers) {

    public SitePlan {
        servers = List.copyOf(servers);
    }
}
