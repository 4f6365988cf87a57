package org.intransit.directory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.intransit.clock.VirtualClock;
import org.intransit.ledger.Ledger;
import org.intransit.ledger.LedgerEvent;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.ScenarioLoader;

/**
 * A directory on a real virtual clock and ledger, for tests. The default topology: SITE1 with
 * EX55A and EX55B (Exchange 5.5), SITE2 with EX55C (5.5) and EX03B (2003); alice ("Alice Adams")
 * and bob on EX55A, carol on EX55C, dave on EX03B. Close it to stop the clock.
 */
final class DirectoryRun implements AutoCloseable {

    static final String ORGANIZATION = """
            name: directory-test
            duration: 7d
            organization:
              smtpDomain: contoso.example
              otherDomains: [contoso-mail.example]
              x400: { country: US, admd: " ", prmd: Contoso }
            """;

    static final String TWO_SITES = ORGANIZATION + """
            sites:
              - name: SITE1
                servers:
                  - { name: EX55A, kind: exchange55 }
                  - { name: EX55B, kind: exchange55 }
              - name: SITE2
                servers:
                  - { name: EX55C, kind: exchange55 }
                  - { name: EX03B, kind: exchange2003 }
            mailboxes:
              - { alias: alice, server: EX55A, name: Alice Adams }
              - { alias: bob,   server: EX55A }
              - { alias: carol, server: EX55C }
              - { alias: dave,  server: EX03B }
            """;

    final Scenario scenario;
    final VirtualClock clock = new VirtualClock();
    final Ledger ledger = new Ledger(clock);
    final OrgDirectory directory;
    final List<String> arrivals = new ArrayList<>();

    private DirectoryRun(String yaml) throws Exception {
        scenario = ScenarioLoader.parse(yaml, "x.yaml");
        directory = new OrgDirectory(scenario, ledger);
        directory.addListener((replica, before, after, agent) -> arrivals.add(replica.name() + " " + after.alias() + " "
                + (before == null ? "none" : before.state()) + "->" + after.state() + " by " + agent + " @" + clock.now()));
    }

    /** The two-site topology with {@code directoryYaml} (a {@code directory:} section, or more) after it. */
    static DirectoryRun twoSites(String directoryYaml) throws Exception {
        return new DirectoryRun(TWO_SITES + directoryYaml);
    }

    /** A whole scenario file. */
    static DirectoryRun of(String yaml) throws Exception {
        return new DirectoryRun(yaml);
    }

    /** Schedules the agents and starts nothing else. */
    DirectoryRun scheduled() {
        directory.scheduleAgents(clock);
        return this;
    }

    void at(Duration when, Runnable task) {
        clock.schedule(when, "test", task);
    }

    void runUntil(Duration end) throws InterruptedException {
        clock.runUntil(end);
    }

    /** Scenario times of the markers called {@code name}, in order. */
    List<Duration> marker(String name) {
        return events(LedgerEvent.Marker.class).stream().filter(m -> m.name().equals(name))
                .map(LedgerEvent.Marker::at).toList();
    }

    /** Every {@code replica.*} marker name, in order. */
    List<String> replicaMarkers() {
        return events(LedgerEvent.Marker.class).stream().map(LedgerEvent.Marker::name)
                .filter(n -> n.startsWith("replica.")).toList();
    }

    /** Replica updates as {@code "<replica> <alias> <home> <state> <agent> @<time>"}. */
    List<String> updates() {
        return events(LedgerEvent.ReplicaUpdated.class).stream()
                .map(u -> u.replica() + " " + u.alias() + " " + u.homeServer() + " " + u.state() + " " + u.agent()
                        + " @" + u.at())
                .toList();
    }

    <E extends LedgerEvent> List<E> events(Class<E> type) {
        return ledger.snapshot().stream().filter(type::isInstance).map(type::cast).toList();
    }

    DirectoryEntry entry(String replica, String alias) {
        Replica r = replica.equals(Replica.AD) ? directory.ad() : directory.site(replica);
        Optional<DirectoryEntry> entry = r.entry(alias);
        return entry.orElseThrow(() -> new AssertionError(alias + " not in " + replica));
    }

    @Override
    public void close() {
        clock.close();
    }
}
