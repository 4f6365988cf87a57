package org.intransit.check;

import java.util.Optional;
import org.intransit.scenario.MailboxPlan;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.Selector;
import org.intransit.scenario.ServerPlan;

/**
 * Where a sender sits, for the selector's {@code senderSite} and {@code senderKind}: its home
 * server when the scenario started; senders outside the organization are at {@code internet}
 * and have no server kind.
 */
final class SenderPlace {

    private SenderPlace() {}

    static boolean matches(Scenario scenario, Selector select, String from) {
        Optional<ServerPlan> home = home(scenario, from);
        String site = home.map(s -> scenario.siteOf(s.name()).name()).orElse(NdrWindows.INTERNET);
        boolean siteMatches = select.senderSites().isEmpty() || select.senderSites().contains(site);
        boolean kindMatches = select.senderKinds().isEmpty()
                || home.map(s -> select.senderKinds().contains(s.kind())).orElse(false);
        return siteMatches && kindMatches;
    }

    private static Optional<ServerPlan> home(Scenario scenario, String from) {
        String alias = from.contains("@") ? from.substring(0, from.lastIndexOf('@')) : from;
        return scenario.mailbox(alias).map(MailboxPlan::server).flatMap(scenario::server);
    }
}
