package org.intransit.topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.intransit.DaemonThreadFactory;
import org.intransit.directory.RecipientDirectory;
import org.intransit.ledger.Ledger;
import org.intransit.mta.MailboxStore;
import org.intransit.mta.Mta;
import org.intransit.scenario.Organization;
import org.intransit.scenario.RecipientCheck;
import org.intransit.scenario.ServerKind;
import org.intransit.scenario.ServerPlan;
import org.subethamail.smtp.server.SMTPServer;

/**
 * One simulated server: an SMTP listener (SubEthaSMTP) on its own port, its MTA and its
 * mailbox store.
 *
 * <p>Call order: {@link #start()}, then {@link #stop()}; a stopped server can start again (a
 * new listener on the same port when the port was fixed, a new free port otherwise), because a
 * SubEthaSMTP server starts only once. The listener binds to the plan's address, 127.0.0.1
 * unless the scenario names another, with a listen backlog of 1024 (the JDK's 50 drops
 * connections under churn).
 */
public final class SimulatedServer {

    private static final int BACKLOG = 1024;

    private final ServerPlan plan;
    private final String site;
    private final Topology topology;
    private final Ledger ledger;
    private final MailboxStore store;
    private Mta mta;
    private volatile SMTPServer listener;
    private volatile int boundPort;

    SimulatedServer(ServerPlan plan, String site, Topology topology, Ledger ledger) {
        this.plan = plan;
        this.site = site;
        this.topology = topology;
        this.ledger = ledger;
        this.store = new MailboxStore(plan.name(), ledger);
    }

    void attach(Mta mta) {
        this.mta = mta;
    }

    public String name() {
        return plan.name();
    }

    public ServerKind kind() {
        return plan.kind();
    }

    public String site() {
        return site;
    }

    public ServerPlan plan() {
        return plan;
    }

    public MailboxStore store() {
        return store;
    }

    public Mta mta() {
        return mta;
    }

    /** The listener's address while it runs. */
    public Optional<InetSocketAddress> address() {
        return listener == null ? Optional.empty()
                : Optional.of(new InetSocketAddress(plan.bindAddress(), boundPort));
    }

    public boolean running() {
        return listener != null;
    }

    public synchronized void start() {
        if (listener != null) {
            return;
        }
        ExecutorService sessions = Executors.newCachedThreadPool(new DaemonThreadFactory("smtp-" + plan.name()));
        SMTPServer server;
        try {
            server = SMTPServer.port(boundPort != 0 ? boundPort : plan.port())
                    .bindAddress(InetAddress.getByName(plan.bindAddress()))
                    .hostName(plan.name().toLowerCase(java.util.Locale.ROOT) + "." + organization().smtpDomain())
                    .backlog(BACKLOG)
                    .executorService(sessions)
                    .messageHandlerFactory(context -> new ServerMessageHandler(this, context, ledger))
                    .serverThreadName("intransit-listener-" + plan.name())
                    .build();
            server.start();
        } catch (IOException | RuntimeException e) {
            sessions.shutdownNow();
            throw new ListenerStartException(plan, e);
        }
        boundPort = server.getPortAllocated();
        listener = server;
    }

    public synchronized void stop() {
        if (listener != null) {
            listener.stop();
            listener = null;
        }
    }

    Organization organization() {
        return topology.organization();
    }

    boolean knowsRecipient(String recipient) {
        return plan.recipientCheck() == RecipientCheck.ACCEPT || directory().findBySmtpAddress(recipient).isPresent();
    }

    RecipientDirectory directory() {
        return topology.directoryFor(this);
    }

    String peerName(String helo) {
        return helo != null && topology.server(helo).isPresent() ? helo : null;
    }

    String nextExternalTrace() {
        return topology.nextExternalTrace();
    }

    /** Thrown when a listener cannot bind, for example because its fixed port is taken. */
    public static final class ListenerStartException extends UncheckedIOException {
        ListenerStartException(ServerPlan plan, Exception cause) {
            super("server " + plan.name() + " cannot listen on " + plan.bindAddress() + ":" + plan.port()
                    + ": " + cause.getMessage(), cause instanceof IOException io ? io : new IOException(cause));
        }
    }
}
