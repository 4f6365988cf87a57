package org.intransit.topology;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.intransit.directory.RecipientDirectory;
import org.intransit.directory.ScenarioDirectory;
import org.intransit.ledger.Ledger;
import org.intransit.mta.Mta;
import org.intransit.mta.Router;
import org.intransit.scenario.Organization;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.SitePlan;

/**
 * The sites and servers of a scenario, built and wired together: each server's listener, MTA,
 * router and store. Call order: {@link #of}, {@link #start()}, then {@link #close()}, which
 * stops every listener and MTA even when some failed to start.
 */
public final class Topology implements AutoCloseable {

    private final Scenario scenario;
    private final Map<String, SimulatedServer> servers = new LinkedHashMap<>();
    private final RecipientDirectory directory;
    private final AtomicLong externalTraces = new AtomicLong();

    private Topology(Scenario scenario, Ledger ledger) {
        this.scenario = scenario;
        this.directory = new ScenarioDirectory(scenario);
        Map<String, String> siteOfServer = new LinkedHashMap<>();
        for (SitePlan site : scenario.sites()) {
            site.servers().forEach(plan -> siteOfServer.put(plan.name(), site.name()));
        }
        for (SitePlan site : scenario.sites()) {
            site.servers().forEach(plan -> {
                SimulatedServer server = new SimulatedServer(plan, site.name(), this, ledger);
                Router router = new Router(plan.name(), site.name(), directory, siteOfServer);
                server.attach(new Mta(plan.name(), router, server.store(), ledger,
                        name -> server(name).flatMap(SimulatedServer::address), Mta.DEFAULT_RETRY_INTERVAL));
                servers.put(plan.name(), server);
            });
        }
        scenario.mailboxes().forEach(m -> servers.get(m.server()).store().open(m.alias()));
    }

    /** Builds (but does not start) the topology of {@code scenario}. */
    public static Topology of(Scenario scenario, Ledger ledger) {
        return new Topology(scenario, ledger);
    }

    /** Starts every listener; on failure stops the ones already started and rethrows. */
    public void start() {
        try {
            servers.values().forEach(SimulatedServer::start);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public List<SimulatedServer> servers() {
        return List.copyOf(servers.values());
    }

    public Optional<SimulatedServer> server(String name) {
        return Optional.ofNullable(servers.get(name));
    }

    public Organization organization() {
        return scenario.organization();
    }

    /** The directory a server resolves through; one static directory until replicas land. */
    RecipientDirectory directoryFor(SimulatedServer server) {
        return directory;
    }

    String nextExternalTrace() {
        return "ext-" + externalTraces.incrementAndGet();
    }

    @Override
    public void close() {
        for (SimulatedServer server : servers.values()) {
            server.stop();
            server.mta().close();
        }
    }
}
