package org.intransit.topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.intransit.DaemonThreadFactory;
import org.intransit.ledger.Ledger;
import org.intransit.mta.DroppedConnectionLog;
import org.intransit.mta.MailboxStore;
import org.intransit.mta.Mta;
import org.intransit.mta.MtaEventLog;
import org.intransit.scenario.ServerKind;
import org.intransit.scenario.ServerPlan;
import org.intransit.transport.ConnectionWatch;
import org.intransit.transport.rpc.RpcServer;
import org.intransit.transport.x400.X400Server;
import org.subethamail.smtp.server.SMTPServer;

/**
 * One simulated server: its three listeners (SMTP with SubEthaSMTP; RPC and X.400 with Netty),
 * its MTA and its mailbox store.
 *
 * <p>Call order: {@link #start()}, then {@link #stop()}; a stopped server can start again, on
 * the same ports (a SubEthaSMTP server starts only once, so a new one is built each time). The
 * listeners bind to the plan's address, 127.0.0.1 unless the scenario names another; the SMTP
 * listener's limits, STARTTLS and AUTH come from the plan ({@link SmtpListeners}); its
 * {@code connectionTimeout} is also the RPC and X.400 listeners' idle timeout, and the
 * connections those two close on their own go to the MTA event log
 * ({@link DroppedConnectionLog}). The service account can change while the server runs (a
 * scenario event); RPC binds are checked against the current one.
 */
public final class SimulatedServer {

    private final ServerPlan plan;
    private final String site;
    private final Topology topology;
    private final Ledger ledger;
    private final MailboxStore store;
    private final AtomicReference<String> serviceAccount;
    private final ListenerEvents events;
    private final String hostName;
    private Mta mta;
    private volatile SMTPServer smtp;
    private volatile RpcServer rpc;
    private volatile X400Server x400;
    private int smtpPort;
    private int rpcPort;
    private int x400Port;

    SimulatedServer(ServerPlan plan, String site, String siteAccount, Topology topology, Ledger ledger) {
        this.plan = plan;
        this.site = site;
        this.topology = topology;
        this.ledger = ledger;
        this.store = new MailboxStore(plan.name(), ledger);
        this.serviceAccount = new AtomicReference<>(plan.serviceAccount() != null ? plan.serviceAccount() : siteAccount);
        this.smtpPort = plan.port();
        this.events = new ListenerEvents(plan.name(), ledger);
        this.hostName = plan.name().toLowerCase(Locale.ROOT) + "." + topology.organization().smtpDomain();
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

    /** The name the SMTP listener greets with and writes in {@code Received:}: {@code ex1.contoso.example}. */
    public String hostName() {
        return hostName;
    }

    public String serviceAccount() {
        return serviceAccount.get();
    }

    public void setServiceAccount(String account) {
        serviceAccount.set(account);
    }

    /** The SMTP listener's address while the server runs. */
    public Optional<InetSocketAddress> address() {
        return listenerAddress("smtp");
    }

    /** The listener of a transport ({@code smtp}, {@code rpc}, {@code x400}) while the server runs. */
    public Optional<InetSocketAddress> listenerAddress(String transport) {
        if (smtp == null) {
            return Optional.empty();
        }
        int port = switch (transport) {
            case "rpc" -> rpcPort;
            case "x400" -> x400Port;
            default -> smtpPort;
        };
        return Optional.of(new InetSocketAddress(plan.bindAddress(), port));
    }

    public boolean running() {
        return smtp != null;
    }

    public synchronized void start() {
        if (smtp != null) {
            return;
        }
        ExecutorService sessions = Executors.newCachedThreadPool(new DaemonThreadFactory("smtp-" + plan.name()));
        try {
            InetAddress bind = InetAddress.getByName(plan.bindAddress());
            SMTPServer server = SmtpListeners.build(plan, hostName(), bind, smtpPort, sessions,
                    context -> new ServerMessageHandler(this, context, ledger, events));
            server.start();
            smtpPort = server.getPortAllocated();
            smtp = server;
            ConnectionWatch watch = new ConnectionWatch(plan.limits().connectionTimeout(),
                    new DroppedConnectionLog(new MtaEventLog(plan.name(), ledger)));
            rpc = RpcServer.start(topology.eventLoops(), bind, rpcPort, plan.name(), serviceAccount::get,
                    (caller, transfer) -> mta.receive(caller, transfer, "rpc", topology.connectorForRpc(caller, this)),
                    watch);
            rpcPort = rpc.address().getPort();
            x400 = X400Server.start(topology.eventLoops(), bind, x400Port, plan.name(),
                    (calling, password) -> topology.refuseX400Bind(calling, password, this),
                    (caller, transfer) -> mta.receive(caller, transfer, "x400", topology.connectorForX400(caller, this)),
                    watch);
            x400Port = x400.address().getPort();
        } catch (IOException | RuntimeException e) {
            stop();
            sessions.shutdownNow();
            throw new ListenerStartException(plan, e);
        }
    }

    public synchronized void stop() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
        if (rpc != null) {
            rpc.close();
            rpc = null;
        }
        if (x400 != null) {
            x400.close();
            x400 = null;
        }
    }

    /**
     * Whether RCPT accepts a recipient of the organization's domains: every one with
     * {@code recipientCheck: accept}; otherwise one the server's directory knows. A generic
     * {@code smtp} relay routes by domain, not by directory, so it accepts them all and lets its
     * routes (or an NDR) decide.
     */
    boolean knowsRecipient(String recipient) {
        return plan.recipientCheck() == org.intransit.scenario.RecipientCheck.ACCEPT
                || plan.kind() == ServerKind.SMTP
                || topology.directoryFor(this).findBySmtpAddress(recipient).isPresent();
    }

    Topology topology() {
        return topology;
    }

    /**
     * Thrown when a listener cannot start: its fixed port is taken, its address is not this
     * host's, or its STARTTLS certificate cannot be made. The message is one line for the user.
     */
    public static final class ListenerStartException extends UncheckedIOException {
        ListenerStartException(ServerPlan plan, Exception cause) {
            super("server " + plan.name() + " cannot listen on " + plan.bindAddress() + ":" + plan.port() + ": "
                    + reason(cause), cause instanceof IOException io ? io : new IOException(cause));
        }

        private static String reason(Exception cause) {
            for (Throwable t = cause; t != null; t = t.getCause()) {
                if (t instanceof BindException bind) {
                    String text = String.valueOf(bind.getMessage()).toLowerCase(Locale.ROOT);
                    return text.contains("in use") ? text + " (choose another port, or 0 for any free one)" : text;
                }
            }
            return cause.getMessage();
        }
    }
}
