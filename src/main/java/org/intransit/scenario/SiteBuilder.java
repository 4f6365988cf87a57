package org.intransit.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One site of a {@link ScenarioBuilder}: its service account and its servers, in order. Without
 * {@link #serviceAccount} the site's servers run as {@code <site>\svc-exchange}, as in a file.
 */
public final class SiteBuilder {

    private final BuilderPlaces places;
    private final String path;
    private final String name;
    private String serviceAccount;
    private final List<ServerPlan> servers = new ArrayList<>();

    SiteBuilder(BuilderPlaces places, String path, String name) {
        this.places = places;
        this.path = path;
        this.name = places.name(name, Where.child(path, "name"));
    }

    /** The account the site's MTAs run as, such as {@code CONTOSO\svc-site1}. */
    public SiteBuilder serviceAccount(String account) {
        serviceAccount = places.nonBlank(account, TopologyReader.ACCOUNT_FORM, Where.child(path, "serviceAccount"));
        return this;
    }

    /** A server with every default: any free port on 127.0.0.1, no gateway, the site's account. */
    public SiteBuilder server(String serverName, ServerKind kind) {
        return server(serverName, kind, server -> { });
    }

    /** A server with settings, as in {@code server("EX03B", EXCHANGE2003, s -> s.gateway())}. */
    public SiteBuilder server(String serverName, ServerKind kind, Consumer<ServerBuilder> settings) {
        String serverPath = Where.child(path, "servers") + "[" + servers.size() + "]";
        ServerBuilder server = new ServerBuilder(places, serverPath, serverName, kind);
        settings.accept(server);
        servers.add(server.build());
        return this;
    }

    SitePlan build() {
        if (servers.isEmpty()) {
            throw places.fail(Where.child(path, "servers"), "expected a list of at least one server but found nothing");
        }
        String account = serviceAccount != null ? serviceAccount : name + "\\svc-exchange";
        return places.record(new SitePlan(name, account, servers), path, "name", "serviceAccount");
    }
}
