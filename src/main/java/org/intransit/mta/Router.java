package org.intransit.mta;

import java.util.Map;
import org.intransit.directory.Recipient;
import org.intransit.directory.RecipientDirectory;

/**
 * Decides where one recipient goes from one server: the local store when the directory homes
 * the mailbox here, the queue named after its home server when that server is in the same site,
 * and otherwise no route (inter-site connectors are the MTA model's work).
 */
public final class Router {

    private final String server;
    private final String site;
    private final RecipientDirectory directory;
    private final Map<String, String> siteOfServer;

    /** @param siteOfServer every server of the topology and its site */
    public Router(String server, String site, RecipientDirectory directory, Map<String, String> siteOfServer) {
        this.server = server;
        this.site = site;
        this.directory = directory;
        this.siteOfServer = Map.copyOf(siteOfServer);
    }

    public RouteDecision route(String recipient) {
        Recipient found = directory.findBySmtpAddress(recipient).orElse(null);
        if (found == null) {
            return new RouteDecision.UnknownRecipient("no directory entry for " + recipient);
        }
        String home = found.homeServer();
        if (home.equals(server)) {
            return new RouteDecision.LocalStore(found.alias());
        }
        String homeSite = siteOfServer.get(home);
        if (site.equals(homeSite)) {
            return new RouteDecision.Relay(home, home);
        }
        return new RouteDecision.NoRoute("no-route-to-" + homeSite, "no connector towards site " + homeSite);
    }
}
