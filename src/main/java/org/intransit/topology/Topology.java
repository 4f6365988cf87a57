package org.intransit.topology;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.intransit.directory.Directories;
import org.intransit.directory.RecipientDirectory;
import org.intransit.directory.ScenarioDirectory;
import org.intransit.fabric.Fabric;
import org.intransit.ledger.Ledger;
import org.intransit.mta.ConnectorTable;
import org.intransit.scenario.ConnectorKind;
import org.intransit.scenario.ConnectorPlan;
import org.intransit.scenario.Organization;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.SitePlan;
import org.intransit.transport.SmtpTransportClient;
import org.intransit.transport.TransportClient;
import org.intransit.transport.rpc.RpcClient;
import org.intransit.transport.x400.X400Client;

/**
 * The sites, servers and connectors of a scenario, built and wired together: each server's
 * listeners, MTA and store; the connector table; the three transport clients; and the fabric
 * through which every server-to-server connection passes.
 *
 * <p>Call order: {@link #of}, {@link #start()}, then {@link #close()}, which stops every
 * listener, MTA, proxy and event loop even when some failed to start.
 */
public final class Topology implements AutoCloseable {

    /** Wall-time limit of one transfer attempt; the virtual clock's watchdog allows 60 s. */
    static final Duration TRANSFER_TIMEOUT = Duration.ofSeconds(20);

    private final Scenario scenario;
    private final Map<String, SimulatedServer> servers = new LinkedHashMap<>();
    private final Map<String, String> siteOfServer = new LinkedHashMap<>();
    private final Map<String, RecipientDirectory> directories = new LinkedHashMap<>();
    private final ConnectorTable connectors;
    private final EventLoopGroup eventLoops;
    private final Fabric fabric;
    private final Map<String, TransportClient> transports;
    private final AtomicLong externalTraces = new AtomicLong();

    private Topology(Scenario scenario, Ledger ledger, Directories directoryOf) {
        this.scenario = scenario;
        this.connectors = new ConnectorTable(scenario.connectors());
        this.eventLoops = new MultiThreadIoEventLoopGroup(2, new DefaultThreadFactory("intransit-netty", true),
                NioIoHandler.newFactory());
        this.fabric = new Fabric(eventLoops, InetAddress.getLoopbackAddress());
        this.transports = Map.of(
                "smtp", new SmtpTransportClient(TRANSFER_TIMEOUT),
                "rpc", new RpcClient(eventLoops, TRANSFER_TIMEOUT),
                "x400", new X400Client(eventLoops, TRANSFER_TIMEOUT));
        for (SitePlan site : scenario.sites()) {
            site.servers().forEach(plan -> siteOfServer.put(plan.name(), site.name()));
        }
        for (SitePlan site : scenario.sites()) {
            site.servers().forEach(plan -> {
                servers.put(plan.name(), new SimulatedServer(plan, site.name(), site.serviceAccount(), this, ledger));
                directories.put(plan.name(), directoryOf.forServer(plan.name(), site.name(), plan.kind()));
            });
        }
        MtaFactory factory = new MtaFactory(this, ledger);
        servers.values().forEach(server -> server.attach(factory.create(server)));
        scenario.mailboxes().forEach(m -> servers.get(m.server()).store().open(m.alias()));
    }

    /** Builds (but does not start) the topology of {@code scenario}, every server on its static directory. */
    public static Topology of(Scenario scenario, Ledger ledger) {
        return new Topology(scenario, ledger, ScenarioDirectory.shared(scenario));
    }

    /** Builds the topology with the directories each server resolves through. */
    public static Topology of(Scenario scenario, Ledger ledger, Directories directories) {
        return new Topology(scenario, ledger, directories);
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

    public Scenario scenario() {
        return scenario;
    }

    public ConnectorTable connectors() {
        return connectors;
    }

    public Fabric fabric() {
        return fabric;
    }

    Map<String, String> siteOfServer() {
        return siteOfServer;
    }

    String siteOf(String server) {
        return siteOfServer.get(server);
    }

    EventLoopGroup eventLoops() {
        return eventLoops;
    }

    Map<String, TransportClient> transports() {
        return transports;
    }

    /** The directory a server resolves through. */
    RecipientDirectory directoryFor(SimulatedServer server) {
        return directories.get(server.name());
    }

    String peerName(String helo) {
        return helo != null && servers.containsKey(helo) ? helo : null;
    }

    String nextExternalTrace() {
        return "ext-" + externalTraces.incrementAndGet();
    }

    /** The site connector an RPC transfer from {@code caller} arrived over, or {@code null} within a site. */
    String connectorForRpc(String caller, SimulatedServer callee) {
        String callerSite = siteOf(caller);
        if (callerSite == null || callerSite.equals(callee.site())) {
            return null;
        }
        return connectors.siteConnectorBetween(callerSite, callee.site(), this::siteOf).map(ConnectorPlan::name).orElse(null);
    }

    String connectorForX400(String caller, SimulatedServer callee) {
        return connectors.joining(callee.name(), caller, ConnectorKind.X400).map(ConnectorPlan::name).orElse(null);
    }

    String connectorForSmtp(String caller, SimulatedServer callee) {
        return connectors.joining(callee.name(), caller, ConnectorKind.SMTP).map(ConnectorPlan::name).orElse(null);
    }

    /**
     * The X.400 bind check at {@code callee}: an X.400 connector must join the calling MTA and the
     * callee, and the password presented must be the connector's. Never echoes the password.
     */
    Optional<String> refuseX400Bind(String callingMta, String password, SimulatedServer callee) {
        Optional<ConnectorPlan> connector = connectors.joining(callee.name(), callingMta, ConnectorKind.X400);
        if (connector.isEmpty()) {
            return Optional.of("no X.400 connector joins " + callingMta + " and " + callee.name());
        }
        if (!Objects.equals(connector.get().password(), password)) {
            return Optional.of("wrong MTA name or password for connector " + connector.get().name());
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        for (SimulatedServer server : servers.values()) {
            server.stop();
            if (server.mta() != null) {
                server.mta().close();
            }
        }
        transports.values().forEach(TransportClient::close);
        fabric.close();
        eventLoops.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
