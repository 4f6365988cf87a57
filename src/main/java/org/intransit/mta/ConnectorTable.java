package org.intransit.mta;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.intransit.scenario.ConnectorKind;
import org.intransit.scenario.ConnectorPlan;

/**
 * The organization's connectors as they stand now (the GWART's source): connectors come and go
 * with scenario events, and an X.400 connector's presented password can be changed. Shared by
 * every MTA; thread-safe.
 */
public final class ConnectorTable {

    private final Map<String, ConnectorPlan> connectors = new ConcurrentHashMap<>();
    private final Map<String, String> presentedPasswords = new ConcurrentHashMap<>();
    /** {@link #all()}, rebuilt on each change: every routing decision and bind reads it, changes are rare. */
    private volatile List<ConnectorPlan> byName = List.of();

    public ConnectorTable(List<ConnectorPlan> initial) {
        initial.forEach(this::add);
    }

    public synchronized void add(ConnectorPlan connector) {
        connectors.put(connector.name(), connector);
        byName = sortedByName();
        String presented = connector.presentedPassword() != null ? connector.presentedPassword() : connector.password();
        if (presented != null) {
            presentedPasswords.put(connector.name(), presented);
        } else {
            presentedPasswords.remove(connector.name());
        }
    }

    public synchronized void remove(String name) {
        connectors.remove(name);
        presentedPasswords.remove(name);
        byName = sortedByName();
    }

    public void presentPassword(String connector, String password) {
        presentedPasswords.put(connector, password);
    }

    public Optional<ConnectorPlan> get(String name) {
        return Optional.ofNullable(connectors.get(name));
    }

    /** The connectors in name order, so choices among equals are repeatable. */
    public List<ConnectorPlan> all() {
        return byName;
    }

    private List<ConnectorPlan> sortedByName() {
        return connectors.values().stream().sorted(java.util.Comparator.comparing(ConnectorPlan::name)).toList();
    }

    /** The password an end of {@code connector} presents when it calls, or {@code null}. */
    public String presentedPassword(String connector) {
        return presentedPasswords.get(connector);
    }

    /** The site connector joining two servers' sites, if any, per {@code siteOf}. */
    public Optional<ConnectorPlan> siteConnectorBetween(String siteA, String siteB, java.util.function.Function<String, String> siteOf) {
        return all().stream().filter(c -> c.kind() == ConnectorKind.SITE)
                .filter(c -> {
                    String a = siteOf.apply(c.serverA());
                    String b = siteOf.apply(c.serverB());
                    return (a.equals(siteA) && b.equals(siteB)) || (a.equals(siteB) && b.equals(siteA));
                })
                .findFirst();
    }

    /** The connector of {@code kind} that joins exactly these two servers, if any. */
    public Optional<ConnectorPlan> joining(String serverA, String serverB, ConnectorKind kind) {
        return all().stream().filter(c -> c.kind() == kind && c.joins(serverA) && c.otherEnd(serverA).equals(serverB))
                .findFirst();
    }
}
