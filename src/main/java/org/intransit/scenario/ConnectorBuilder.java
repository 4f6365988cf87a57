package org.intransit.scenario;

import java.util.List;
import java.util.function.Consumer;

/**
 * The settings of one connector; each defaults as in a file (see {@link ConnectorPlan}): cost 1,
 * always active, no override account, no password, inherited retry settings. A setting that does
 * not apply to the connector's kind fails at once (a site connector has no X.400 password).
 */
public final class ConnectorBuilder {

    private final BuilderPlaces places;
    private final String path;
    private final String name;
    private final ConnectorKind kind;
    private final List<String> between;
    private String overrideAccount;
    private int cost = 1;
    private Schedule schedule = new Schedule.Always();
    private String password;
    private String presentedPassword;
    private RetrySettings retry = RetrySettings.inherit();

    ConnectorBuilder(BuilderPlaces places, String path, String name, ConnectorKind kind, String serverA, String serverB) {
        this.places = places;
        this.path = path;
        this.name = places.name(name, Where.child(path, "name"));
        this.kind = places.required(kind, "one of site, x400, smtp", Where.child(path, "kind"));
        String pair = Where.child(path, "between");
        this.between = places.run(() -> TopologyReader.distinctPair(
                List.of(places.field(serverA, pair + "[0]"), places.field(serverB, pair + "[1]")), "server"));
    }

    /** Checks a connector made elsewhere (an {@code AddConnector} record) as if it were built here. */
    static ConnectorPlan checked(BuilderPlaces places, String path, ConnectorPlan plan) {
        places.required(plan, "a connector", path);
        ConnectorBuilder builder = new ConnectorBuilder(places, path, plan.name(), plan.kind(), plan.serverA(), plan.serverB());
        builder.cost(plan.cost());
        builder.retry = places.required(plan.retry(), "retry settings", Where.child(path, "retry"));
        if (plan.overrideAccount() != null) {
            builder.overrideAccount(plan.overrideAccount());
        }
        if (!(plan.schedule() instanceof Schedule.Always)) {
            builder.schedule(plan.schedule());
        }
        if (plan.password() != null) {
            builder.password(plan.password());
        }
        if (plan.presentedPassword() != null) {
            builder.presentedPassword(plan.presentedPassword());
        }
        return builder.build();
    }

    /** For a site connector: the account a caller presents instead of its own service account. */
    public ConnectorBuilder overrideAccount(String account) {
        overrideAccount = places.nonBlank(account, TopologyReader.ACCOUNT_FORM, applies("overrideAccount"));
        return this;
    }

    /** 1 to 100; lower is preferred. */
    public ConnectorBuilder cost(int value) {
        cost = places.range(value, 1, 100, applies("cost"));
        return this;
    }

    /** When an X.400 connector may open; site and SMTP connectors are always active. */
    public ConnectorBuilder schedule(Schedule when) {
        schedule = BuiltSchedules.check(places, applies("schedule"), when);
        return this;
    }

    /** The X.400 MTA password each end expects from the other. */
    public ConnectorBuilder password(String text) {
        password = places.required(text, "a password", applies("password"));
        return this;
    }

    /** The password each end presents when it calls, when it differs from {@link #password} (a typo). */
    public ConnectorBuilder presentedPassword(String text) {
        presentedPassword = places.required(text, "a password", applies("presentedPassword"));
        return this;
    }

    public ConnectorBuilder retry(Consumer<RetryBuilder> settings) {
        RetryBuilder builder = new RetryBuilder(places, applies("retry"));
        settings.accept(builder);
        retry = builder.build();
        return this;
    }

    /** The path of {@code key}, once it is known to apply to this kind of connector. */
    private String applies(String key) {
        List<String> allowed = TopologyReader.KEYS_BY_KIND.get(kind);
        if (!allowed.contains(key)) {
            String article = kind == ConnectorKind.SITE ? "a " : "an ";
            throw places.fail(Where.child(path, key), "key " + Suggest.quote(key) + " does not apply to " + article
                    + Field.yamlName(kind) + " connector; expected one of " + Suggest.list(allowed));
        }
        return Where.child(path, key);
    }

    ConnectorPlan build() {
        ConnectorPlan plan = new ConnectorPlan(name, kind, between.get(0), between.get(1), overrideAccount, cost, schedule,
                password, presentedPassword, retry);
        return places.record(plan, path, "name", "between[0]", "between[1]");
    }

    /** Builds a connector outside a scenario, for {@link ScenarioActions#addConnector}. */
    static ConnectorPlan standalone(String path, String name, ConnectorKind kind, String a, String b,
            Consumer<ConnectorBuilder> settings) {
        ConnectorBuilder builder = new ConnectorBuilder(new BuilderPlaces("(event)"), path, name, kind, a, b);
        settings.accept(builder);
        return builder.build();
    }
}
