package org.intransit.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A validated, immutable scenario: the whole input of one run.
 *
 * <p>Built by {@link ScenarioLoader} from a YAML file (later also by a Java builder); nothing
 * starts until the whole file is valid, so every reference here resolves (a mailbox's server
 * exists, a connector joins two known servers, a move targets a known server).
 *
 * @param source where the scenario came from, as shown in messages (a file path or a label)
 */
public record Scenario(
        String name,
        String description,
        long seed,
        Duration duration,
        ClockPlan clock,
        Organization organization,
        List<SitePlan> sites,
        List<MailboxPlan> mailboxes,
        List<ConnectorPlan> connectors,
        DirectoryPlan directory,
        List<MovePlan> moves,
        List<EventPlan> events,
        List<TrafficPlan> traffic,
        List<ExpectationPlan> expectations,
        String source) {

    public Scenario {
        sites = List.copyOf(sites);
        mailboxes = List.copyOf(mailboxes);
        connectors = List.copyOf(connectors);
        moves = List.copyOf(moves);
        events = List.copyOf(events);
        traffic = List.copyOf(traffic);
        expectations = List.copyOf(expectations);
    }

    /** Every server of every site, in file order. */
    public Stream<ServerPlan> servers() {
        return sites.stream().flatMap(site -> site.servers().stream());
    }

    public Optional<ServerPlan> server(String serverName) {
        return servers().filter(s -> s.name().equals(serverName)).findFirst();
    }

    /** The site that holds the named server; the server must exist. */
    public SitePlan siteOf(String serverName) {
        return sites.stream()
                .filter(site -> site.servers().stream().anyMatch(s -> s.name().equals(serverName)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no server " + serverName));
    }

    public Optional<MailboxPlan> mailbox(String alias) {
        return mailboxes.stream().filter(m -> m.alias().equals(alias)).findFirst();
    }

    /** The server where internet mail enters: the first server marked {@code gateway: true}. */
    public Optional<ServerPlan> gateway() {
        return servers().filter(ServerPlan::gateway).findFirst();
    }
}
