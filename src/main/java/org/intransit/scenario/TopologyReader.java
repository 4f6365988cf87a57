package org.intransit.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.intransit.scenario.Field.Span;

/**
 * Reads sites, servers (with their retry settings and a relay's routes), connectors and the
 * directory's replication agents; {@link MailboxReader} reads mailboxes.
 */
final class TopologyReader {

    static final List<String> SITE_KEYS = List.of("name", "serviceAccount", "servers");
    static final List<String> SERVER_KEYS = List.of("name", "kind", "serviceAccount", "port", "gateway",
            "recipientCheck", "bind", "retry", "hopLimit", "routes", "limits", "tls", "auth");
    static final List<String> LIMIT_KEYS = List.of("maxMessageSize", "connectionTimeout", "maxConnections",
            "maxRecipients");
    static final List<String> AUTH_KEYS = List.of("user", "password");
    static final List<String> ROUTE_KEYS = List.of("domain", "server");
    static final List<String> RETRY_KEYS = List.of("openInterval", "openCount", "transferInterval",
            "transferCount", "expiry", "ndrWhenOpenRetriesExhausted");
    static final List<String> EXPIRY_KEYS = List.of("urgent", "normal", "nonUrgent");
    static final List<String> CONNECTOR_KEYS = List.of("name", "kind", "between", "overrideAccount", "cost",
            "schedule", "password", "presentedPassword", "retry");
    static final Map<ConnectorKind, List<String>> KEYS_BY_KIND = Map.of(
            ConnectorKind.SITE, List.of("name", "kind", "between", "overrideAccount", "cost", "retry"),
            ConnectorKind.X400,
                    List.of("name", "kind", "between", "cost", "schedule", "password", "presentedPassword", "retry"),
            ConnectorKind.SMTP, List.of("name", "kind", "between", "cost", "retry"));
    static final List<String> AGREEMENT_KEYS = List.of("name", "site", "direction", "every", "times");
    static final List<String> REPLICATION_KEYS = List.of("name", "between", "every", "times");

    static final String ACCOUNT_FORM = "an account such as CONTOSO\\svc-exchange";
    static final String ROUTE_DOMAIN_FORM = "\"*\" for every domain, or " + ScenarioReader.DOMAIN_FORM;
    static final int MAX_HOP_LIMIT = 1000;
    /** SubEthaSMTP keeps sizes and timeouts in an {@code int}. */
    static final long MAX_MESSAGE_SIZE = 2047L * 1024 * 1024;
    static final Duration MAX_CONNECTION_TIMEOUT = Duration.ofDays(1);
    static final int MAX_CONNECTIONS = 100_000;
    static final int MAX_RECIPIENTS = 100_000;
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
        RetrySettings retry = server.get("retry", this::retry, RetrySettings.inherit());
        int hopLimit = server.integer("hopLimit", ServerPlan.DEFAULT_HOP_LIMIT, 1, MAX_HOP_LIMIT);
        if (kind != ServerKind.SMTP && server.has("routes")) {
            throw server.keyWhere("routes").fail("routes apply only to smtp servers; expected no routes on "
                    + kind.yamlName() + " server " + name);
        }
        List<RoutePlan> routes = routes(server.list("routes", "routes {domain, server}"));
        ServerPlan.Limits limits = server.get("limits", TopologyReader::limits, ServerPlan.Limits.DEFAULTS);
        boolean tls = server.bool("tls", false);
        ServerPlan.Auth auth = server.get("auth", TopologyReader::auth, null);
        return places.attach(new ServerPlan(name, kind, account, port, gateway, check, bind, retry, hopLimit, routes,
                limits, tls, auth), server);
    }

    /** A listener's {@code limits}: every key optional, an absent one takes its default. */
    private static ServerPlan.Limits limits(Field field) {
        MapReader limits = field.map(LIMIT_KEYS);
        ServerPlan.Limits defaults = ServerPlan.Limits.DEFAULTS;
        int size = limits.get("maxMessageSize", TopologyReader::messageSize, defaults.maxMessageSize());
        Duration timeout = limits.get("connectionTimeout", TopologyReader::connectionTimeout,
                defaults.connectionTimeout());
        int connections = limits.integer("maxConnections", defaults.maxConnections(), 1, MAX_CONNECTIONS);
        int recipients = limits.integer("maxRecipients", defaults.maxRecipients(), 1, MAX_RECIPIENTS);
        return new ServerPlan.Limits(size, timeout, connections, recipients);
    }

    private static int messageSize(Field field) {
        long size = field.size();
        if (size > MAX_MESSAGE_SIZE) {
            throw field.expected("a size of at most 2047MiB");
        }
        return (int) size;
    }

    private static Duration connectionTimeout(Field field) {
        Duration timeout = field.duration(Span.POSITIVE);
        if (timeout.toMillis() < 1 || timeout.compareTo(MAX_CONNECTION_TIMEOUT) > 0) {
            throw field.expected("a duration from 1ms to 1d");
        }
        return timeout;
    }

    private static ServerPlan.Auth auth(Field field) {
        MapReader auth = field.map(AUTH_KEYS);
        String user = auth.required("user").nonBlank("a user name");
        String password = auth.required("password").nonBlank("a password");
        return new ServerPlan.Auth(user, password);
    }

    /** A relay's routes; each domain once (ignoring case). Their servers are the validator's job. */
    private List<RoutePlan> routes(List<Field> items) {
        List<RoutePlan> routes = new ArrayList<>();
        for (Field item : items) {
            MapReader route = item.map(ROUTE_KEYS);
            Field domainField = route.required("domain");
            String domain = routeDomain(domainField);
            for (RoutePlan earlier : routes) {
                if (earlier.domain().equalsIgnoreCase(domain)) {
                    throw domainField.fail("duplicate route for " + domain + " (first at line "
                            + places.of(earlier, "domain").line() + "); expected each domain once");
                }
            }
            routes.add(places.attach(new RoutePlan(domain, route.name("server")), route));
        }
        return routes;
    }

    private static String routeDomain(Field field) {
        String domain = field.text(ROUTE_DOMAIN_FORM).trim();
        if (!domain.equals("*") && !ScenarioReader.DOMAIN.matcher(domain).matches()) {
            throw field.expected(ROUTE_DOMAIN_FORM);
        }
        return domain;
    }

    /** A server's or connector's {@code retry}: every key optional, an absent one inherits. */
    private RetrySettings retry(Field field) {
        MapReader retry = field.map(RETRY_KEYS);
        Duration openInterval = retry.duration("openInterval", null, Span.POSITIVE);
        Integer openCount = retry.get("openCount", f -> f.integer(0, Integer.MAX_VALUE), null);
        Duration transferInterval = retry.duration("transferInterval", null, Span.POSITIVE);
        Integer transferCount = retry.get("transferCount", f -> f.integer(0, Integer.MAX_VALUE), null);
        MapReader expiry = retry.get("expiry", f -> f.map(EXPIRY_KEYS), null);
        Duration urgent = expiry == null ? null : expiry.duration("urgent", null, Span.POSITIVE);
        Duration normal = expiry == null ? null : expiry.duration("normal", null, Span.POSITIVE);
        Duration nonUrgent = expiry == null ? null : expiry.duration("nonUrgent", null, Span.POSITIVE);
        Boolean ndr = retry.get("ndrWhenOpenRetriesExhausted", Field::bool, null);
        RetrySettings settings = new RetrySettings(
                openInterval, openCount, transferInterval, transferCount, urgent, normal, nonUrgent, ndr);
        return places.attach(settings, retry);
    }

    private static String bindAddress(Field field) {
        String what = "an IP address such as 127.0.0.1";
        String bind = field.text(what).trim();
        if (!BIND.matcher(bind).matches()) {
            throw field.expected(what);
        }
        return bind;
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
        String presented = connector.get("presentedPassword", Field::text, null);
        RetrySettings retry = connector.get("retry", this::retry, RetrySettings.inherit());
        ConnectorPlan plan = new ConnectorPlan(
                name, kind, servers.get(0), servers.get(1), override, cost, schedule, password, presented, retry);
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
