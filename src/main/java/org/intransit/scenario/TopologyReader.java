package org.intransit.scenario;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads sites, servers, mailboxes, connectors and the directory's replication agents. */
final class TopologyReader {

    static final List<String> SITE_KEYS = List.of("name", "serviceAccount", "servers");
    static final List<String> SERVER_KEYS =
            List.of("name", "kind", "serviceAccount", "port", "gateway", "recipientCheck", "bind");
    static final List<String> MAILBOX_KEYS = List.of("alias", "server", "name");
    static final List<String> CONNECTOR_KEYS =
            List.of("name", "kind", "between", "overrideAccount", "cost", "schedule", "password");
    static final Map<ConnectorKind, List<String>> KEYS_BY_KIND = Map.of(
            ConnectorKind.SITE, List.of("name", "kind", "between", "overrideAccount", "cost"),
            ConnectorKind.X400, List.of("name", "kind", "between", "cost", "schedule", "password"),
            ConnectorKind.SMTP, List.of("name", "kind", "between", "cost"));
    static final List<String> AGREEMENT_KEYS = List.of("name", "site", "direction", "every", "times");
    static final List<String> REPLICATION_KEYS = List.of("name", "between", "every", "times");

    static final String ACCOUNT_FORM = "an account such as CONTOSO\\svc-exchange";
    private static final Pattern BIND = Pattern.compile("[A-Za-z0-9.:%_-]+");

    private final SourceMap places;

    TopologyReader(SourceMap places) {
        this.places = places;
    }

    List<SitePlan> sites(Field field) {
        List<Field> sites = field.items("sites");
        if (sites.isEmpty()) {
            throw field.expected("a list of at least one site");
        }
        return sites.stream().map(this::site).toList();
    }

    private SitePlan site(Field field) {
        MapReader site = field.map(SITE_KEYS);
        String name = site.name("name");
        String account = site.get("serviceAccount", f -> f.nonBlank(ACCOUNT_FORM), name + "\\svc-exchange");
        Field serversField = site.required("servers");
        List<Field> servers = serversField.items("servers");
        if (servers.isEmpty()) {
            throw serversField.expected("a list of at least one server");
        }
        return places.attach(new SitePlan(name, account, servers.stream().map(this::server).toList()), site);
    }

    private ServerPlan server(Field field) {
        MapReader server = field.map(SERVER_KEYS);
        String name = server.name("name");
        ServerKind kind = server.required("kind").choice(ServerKind.class);
        String account = server.get("serviceAccount", f -> f.nonBlank(ACCOUNT_FORM), null);
        int port = server.integer("port", 0, 0, 65535);
        boolean gateway = server.bool("gateway", false);
        RecipientCheck check = server.choice("recipientCheck", RecipientCheck.class, RecipientCheck.REJECT);
        String bind = server.get("bind", TopologyReader::bindAddress, "127.0.0.1");
        return places.attach(new ServerPlan(name, kind, account, port, gateway, check, bind), server);
    }

    private static String bindAddress(Field field) {
        String what = "an IP address such as 127.0.0.1";
        String bind = field.text(what).trim();
        if (!BIND.matcher(bind).matches()) {
            throw field.expected(what);
        }
        return bind;
    }

    MailboxPlan mailbox(Field field) {
        MapReader mailbox = field.map(MAILBOX_KEYS);
        String alias = mailbox.name("alias");
        String server = mailbox.name("server");
        String displayName = mailbox.get("name", f -> f.nonBlank("a display name"), alias);
        return places.attach(new MailboxPlan(alias, server, displayName), mailbox);
    }

    ConnectorPlan connector(Field field) {
        MapReader connector = field.map(CONNECTOR_KEYS);
        String name = connector.name("name");
        ConnectorKind kind = connector.required("kind").choice(ConnectorKind.class);
        connector.onlyKeys(KEYS_BY_KIND.get(kind), article(kind) + " " + Field.yamlName(kind) + " connector");
        List<Field> between = connector.required("between").pair("server names such as [EX55A, EX55C]");
        List<String> servers = distinctPair(between, "server");
        String override = connector.get("overrideAccount", f -> f.nonBlank(ACCOUNT_FORM), null);
        int cost = connector.integer("cost", 1, 1, 100);
        Schedule schedule = connector.get("schedule", Schedules::connector, new Schedule.Always());
        String password = connector.get("password", Field::text, null);
        ConnectorPlan plan =
                new ConnectorPlan(name, kind, servers.get(0), servers.get(1), override, cost, schedule, password);
        return places.putItems(places.attach(plan, connector), "between", between);
    }

    private static String article(ConnectorKind kind) {
        return kind == ConnectorKind.SITE ? "a" : "an";
    }

    /** Two names from a {@code between} pair that must differ. */
    static List<String> distinctPair(List<Field> pair, String what) {
        String a = pair.get(0).name();
        String b = pair.get(1).name();
        if (a.equals(b)) {
            throw pair.get(1).fail("both ends are " + a + "; expected two different " + what + "s");
        }
        return List.of(a, b);
    }

    DirectoryPlan directory(Field field) {
        MapReader directory = field.map(List.of("agreements", "replication"));
        List<AgreementPlan> agreements =
                directory.list("agreements", "connection agreements").stream().map(this::agreement).toList();
        List<ReplicationPlan> replication =
                directory.list("replication", "replication connectors").stream().map(this::replication).toList();
        return places.attach(new DirectoryPlan(agreements, replication), directory);
    }

    private AgreementPlan agreement(Field field) {
        MapReader agreement = field.map(AGREEMENT_KEYS);
        String site = agreement.name("site");
        String name = agreement.get("name", Field::name, "ADC-" + site);
        AgreementDirection direction =
                agreement.choice("direction", AgreementDirection.class, AgreementDirection.TWO_WAY);
        Schedule schedule = Schedules.agent(agreement);
        return places.attach(new AgreementPlan(name, site, direction, schedule), agreement);
    }

    private ReplicationPlan replication(Field field) {
        MapReader replication = field.map(REPLICATION_KEYS);
        List<Field> between = replication.required("between").pair("site names such as [SITE1, SITE2]");
        List<String> sites = distinctPair(between, "site");
        String name = replication.get("name", Field::name, "DRC-" + sites.get(0) + "-" + sites.get(1));
        Schedule schedule = Schedules.agent(replication);
        ReplicationPlan plan = new ReplicationPlan(name, sites.get(0), sites.get(1), schedule);
        return places.putItems(places.attach(plan, replication), "between", between);
    }
}
