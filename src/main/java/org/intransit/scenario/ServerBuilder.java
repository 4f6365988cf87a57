package org.intransit.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The settings of one server; each defaults as in a scenario file (see {@link ServerPlan}): any
 * free port, {@code 127.0.0.1}, no gateway, unknown recipients rejected at RCPT, inherited retry
 * settings, a hop limit of 20, no routes, the listener's default {@link ServerPlan.Limits}, no
 * STARTTLS, no SMTP AUTH.
 */
public final class ServerBuilder {

    private final BuilderPlaces places;
    private final String path;
    private final String name;
    private final ServerKind kind;
    private String serviceAccount;
    private int port;
    private boolean gateway;
    private RecipientCheck recipientCheck = RecipientCheck.REJECT;
    private String bind = "127.0.0.1";
    private RetrySettings retry = RetrySettings.inherit();
    private int hopLimit = ServerPlan.DEFAULT_HOP_LIMIT;
    private final List<RoutePlan> routes = new ArrayList<>();
    private ServerPlan.Limits limits = ServerPlan.Limits.DEFAULTS;
    private boolean tls;
    private ServerPlan.Auth auth;

    ServerBuilder(BuilderPlaces places, String path, String name, ServerKind kind) {
        this.places = places;
        this.path = path;
        this.name = places.name(name, Where.child(path, "name"));
        this.kind = places.required(kind, "one of exchange55, exchange2003, smtp", Where.child(path, "kind"));
    }

    /** The MTA's own service account, instead of its site's. */
    public ServerBuilder serviceAccount(String account) {
        serviceAccount = places.nonBlank(account, TopologyReader.ACCOUNT_FORM, Where.child(path, "serviceAccount"));
        return this;
    }

    /** A fixed SMTP port; 0 (the default) takes any free one, which is what parallel tests want. */
    public ServerBuilder port(int fixedPort) {
        port = places.range(fixedPort, 0, 65535, Where.child(path, "port"));
        return this;
    }

    /** Internet mail enters and leaves the organization here. */
    public ServerBuilder gateway() {
        gateway = true;
        return this;
    }

    public ServerBuilder recipientCheck(RecipientCheck check) {
        recipientCheck = places.required(check, "one of reject, accept", Where.child(path, "recipientCheck"));
        return this;
    }

    /** The listeners' address, such as {@code 127.0.0.2}. */
    public ServerBuilder bind(String address) {
        String what = "an IP address such as 127.0.0.1";
        bind = places.nonBlank(address, what, Where.child(path, "bind")).trim();
        if (!bind.matches("[A-Za-z0-9.:%_-]+")) {
            throw places.fail(Where.child(path, "bind"), "expected " + what + " but found " + Suggest.quote(address));
        }
        return this;
    }

    public ServerBuilder retry(Consumer<RetryBuilder> settings) {
        RetryBuilder builder = new RetryBuilder(places, Where.child(path, "retry"));
        settings.accept(builder);
        retry = builder.build();
        return this;
    }

    public ServerBuilder hopLimit(int limit) {
        hopLimit = places.range(limit, 1, TopologyReader.MAX_HOP_LIMIT, Where.child(path, "hopLimit"));
        return this;
    }

    /** A static route of an {@code smtp} relay: mail for {@code domain} ({@code *}: any) goes to {@code server}. */
    public ServerBuilder route(String domain, String server) {
        String routePath = Where.child(path, "routes") + "[" + routes.size() + "]";
        if (kind != ServerKind.SMTP) {
            throw places.fail(Where.child(path, "routes"), "routes apply only to smtp servers; expected no routes on "
                    + kind.yamlName() + " server " + name);
        }
        String domainPath = Where.child(routePath, "domain");
        String text = places.nonBlank(domain, TopologyReader.ROUTE_DOMAIN_FORM, domainPath).trim();
        if (!text.equals("*") && !ScenarioReader.DOMAIN.matcher(text).matches()) {
            throw places.fail(domainPath, "expected " + TopologyReader.ROUTE_DOMAIN_FORM + " but found " + Suggest.quote(domain));
        }
        for (RoutePlan earlier : routes) {
            if (earlier.domain().equalsIgnoreCase(text)) {
                throw places.fail(domainPath, "duplicate route for " + text + " (first at "
                        + routePath.replaceAll("\\[\\d+]$", "[" + routes.indexOf(earlier) + "]") + ")"
                        + "; expected each domain once");
            }
        }
        RoutePlan route = new RoutePlan(text, places.name(server, Where.child(routePath, "server")));
        routes.add(places.record(route, routePath, "domain", "server"));
        return this;
    }

    /** The SMTP listener's limits; each setting left out keeps its default (25 MiB, 60 s, 1000, 1000). */
    public ServerBuilder limits(Consumer<LimitsBuilder> settings) {
        LimitsBuilder builder = new LimitsBuilder(places, Where.child(path, "limits"));
        settings.accept(builder);
        limits = builder.build();
        return this;
    }

    /** The SMTP listener offers STARTTLS, with a self-signed certificate. */
    public ServerBuilder tls() {
        tls = true;
        return this;
    }

    /** Outside clients must authenticate (PLAIN or LOGIN) with these credentials. */
    public ServerBuilder auth(String user, String password) {
        String key = Where.child(path, "auth");
        auth = new ServerPlan.Auth(places.nonBlank(user, "a user name", Where.child(key, "user")),
                places.nonBlank(password, "a password", Where.child(key, "password")));
        return this;
    }

    ServerPlan build() {
        ServerPlan plan = new ServerPlan(name, kind, serviceAccount, port, gateway, recipientCheck, bind, retry, hopLimit,
                routes, limits, tls, auth);
        return places.record(plan, path, "name", "port");
    }
}
