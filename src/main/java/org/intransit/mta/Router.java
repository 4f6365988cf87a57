package org.intransit.mta;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.intransit.directory.EntryState;
import org.intransit.directory.Recipient;
import org.intransit.mta.ndr.NdrCause;
import org.intransit.scenario.ConnectorKind;
import org.intransit.scenario.ConnectorPlan;
import org.intransit.scenario.RoutePlan;
import org.intransit.scenario.Schedule;
import org.intransit.scenario.ServerKind;

/**
 * Decides where one recipient goes from one server, as an Exchange 5.5 MTA would.
 *
 * <p>Order: too many hops → NDR loop-detected; a recipient outside the organization → the
 * gateway (or out, at the gateway); a generic {@code smtp} relay → its mailboxes, else its static
 * routes; otherwise the directory: unknown, or a stub (an object a cross-site move left behind,
 * which cannot receive mail) → NDR 5.1.1; homed here → the local store; homed in
 * this site → the RPC queue named after the home server; homed in another site → a connector.
 * An Exchange 5.5 server treats a live entry owned by its own site as local whatever its home:
 * RPC queue named after the home server. (A stub is never routed so: it cannot receive mail;
 * the mail a move held is what reaches the RPC queue named after the target, through
 * {@link Mta#release}.)
 *
 * <p>Connector choice follows the GWART filters in order: never back over the inbound connector;
 * not exhausted for this message; soonest active by its schedule (never-active ones dropped);
 * fewest attempts for this message;
 * not in an open-retry wait; lowest cost; local bridgehead before a remote one; and among
 * equals, turns (so ties spread). A connector whose near end is another server of this site
 * means handing the message to that bridgehead over RPC.
 */
public final class Router {

    private final RoutingContext context;
    private final java.util.function.Supplier<java.time.Duration> now;
    private final AtomicInteger turn = new AtomicInteger();

    /** @param now the scenario clock's current time (connector schedules) */
    public Router(RoutingContext context, java.util.function.Supplier<java.time.Duration> now) {
        this.context = context;
        this.now = now;
    }

    /** @param queued the message's queue record when it is being rerouted (attempt counts), or {@code null} */
    public RouteDecision route(InboundMessage message, QueuedMessage queued) {
        int hops = message.content().hops();
        if (hops > context.hopLimit()) {
            return new RouteDecision.Bounce(NdrCause.loopDetected(hops));
        }
        String recipient = message.recipient();
        String domain = recipient.substring(recipient.lastIndexOf('@') + 1);
        if (!context.organization().accepts(domain)) {
            return outbound(message, queued);
        }
        if (context.kind() == ServerKind.SMTP) {
            return relay(message, queued, domain);
        }
        Optional<Recipient> found = context.directory().findBySmtpAddress(recipient);
        if (found.isEmpty()) {
            return new RouteDecision.Bounce(NdrCause.unknownRecipient(recipient));
        }
        Recipient entry = found.get();
        if (entry.state() == EntryState.STUB) {
            return new RouteDecision.Bounce(NdrCause.unknownRecipient(recipient));
        }
        if (entry.homeServer().equals(context.server())) {
            return new RouteDecision.LocalStore(entry.alias());
        }
        if (context.kind() == ServerKind.EXCHANGE55 && context.site().equals(entry.directorySite())) {
            return new RouteDecision.Enqueue(entry.homeServer(), new NextHop(entry.homeServer(), "rpc", null));
        }
        return toward(entry.homeServer(), message, queued);
    }

    private RouteDecision outbound(InboundMessage message, QueuedMessage queued) {
        Optional<String> gateway = context.gateway();
        if (gateway.isEmpty()) {
            return new RouteDecision.Bounce(NdrCause.noRoute(message.recipient(), "no gateway to the internet"));
        }
        return gateway.get().equals(context.server()) ? new RouteDecision.Outbound() : toward(gateway.get(), message, queued);
    }

    private RouteDecision relay(InboundMessage message, QueuedMessage queued, String domain) {
        Optional<Recipient> local = context.directory().findBySmtpAddress(message.recipient())
                .filter(r -> r.homeServer().equals(context.server()));
        if (local.isPresent()) {
            return new RouteDecision.LocalStore(local.get().alias());
        }
        String lower = domain.toLowerCase(Locale.ROOT);
        return context.routes().stream()
                .filter(r -> r.domain().equals("*") || lower.equals(r.domain().toLowerCase(Locale.ROOT))
                        || lower.endsWith("." + r.domain().toLowerCase(Locale.ROOT)))
                .max(Comparator.comparingInt((RoutePlan r) -> r.domain().equals("*") ? -1 : r.domain().length()))
                .<RouteDecision>map(r -> new RouteDecision.Enqueue(r.server(), new NextHop(r.server(), "smtp", null)))
                .orElseGet(() -> new RouteDecision.Bounce(NdrCause.noRoute(message.recipient(), "no route for " + domain)));
    }

    private RouteDecision toward(String target, InboundMessage message, QueuedMessage queued) {
        String targetSite = context.siteOf(target);
        if (context.site().equals(targetSite)) {
            return new RouteDecision.Enqueue(target, new NextHop(target, "rpc", null));
        }
        Duration at = now.get();
        List<ConnectorPlan> candidates = context.connectors().all().stream()
                .filter(c -> nearEnd(c).isPresent() && targetSite.equals(context.siteOf(c.otherEnd(nearEnd(c).get()))))
                .filter(c -> !c.name().equals(message.viaConnector()))
                .filter(c -> queued == null || queued.attemptsOn(c.name()) <= context.retryFor().apply(c).openCount())
                .filter(c -> ConnectorWindows.nextActive(c.schedule(), at).isPresent())
                .toList();
        if (candidates.isEmpty()) {
            return new RouteDecision.Bounce(NdrCause.noRoute(message.recipient(), "no connector available towards site " + targetSite));
        }
        Comparator<ConnectorPlan> gwart = Comparator
                .comparing((ConnectorPlan c) -> ConnectorWindows.nextActive(c.schedule(), at).orElseThrow())
                .thenComparingInt((ConnectorPlan c) -> queued == null ? 0 : queued.attemptsOn(c.name()))
                .thenComparing(c -> context.waiting().test(c.name()))
                .thenComparingInt(ConnectorPlan::cost)
                .thenComparing(c -> !nearEnd(c).get().equals(context.server()));
        ConnectorPlan best = candidates.stream().min(gwart).orElseThrow();
        List<ConnectorPlan> equals = candidates.stream().filter(c -> c == best || gwart.compare(c, best) == 0).toList();
        ConnectorPlan chosen = equals.get(Math.floorMod(turn.getAndIncrement(), equals.size()));
        String near = nearEnd(chosen).get();
        if (!near.equals(context.server())) {
            return new RouteDecision.Enqueue(near, new NextHop(near, "rpc", null));
        }
        return new RouteDecision.Enqueue(chosen.name(), new NextHop(chosen.otherEnd(near), transportOf(chosen), chosen.name()));
    }

    /** The connector's end in this server's site, if it has one there. */
    private Optional<String> nearEnd(ConnectorPlan c) {
        if (context.site().equals(context.siteOf(c.serverA())) && !context.site().equals(context.siteOf(c.serverB()))) {
            return Optional.of(c.serverA());
        }
        if (context.site().equals(context.siteOf(c.serverB())) && !context.site().equals(context.siteOf(c.serverA()))) {
            return Optional.of(c.serverB());
        }
        return Optional.empty();
    }

    static String transportOf(ConnectorPlan connector) {
        return connector.kind() == ConnectorKind.X400 ? "x400" : connector.kind() == ConnectorKind.SITE ? "rpc" : "smtp";
    }
}
