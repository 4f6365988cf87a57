package org.intransit.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds a {@link Scenario} in Java: the same records, defaults and checks as a scenario file
 * (see {@code docs/scenario-format.md}; each method is named after the file's key).
 *
 * <pre>{@code
 * Scenario s = ScenarioBuilder.named("ndr-window").duration(Duration.ofHours(6))
 *         .organization("contoso.example")
 *         .site("SITE1", site -> site.server("EX55A", ServerKind.EXCHANGE55))
 *         .site("SITE2", site -> site.server("EX03B", ServerKind.EXCHANGE2003, s -> s.gateway()))
 *         .connector("SC-1", ConnectorKind.SITE, "EX55A", "EX03B")
 *         .agreement("SITE1").agreement("SITE2").replication("SITE1", "SITE2")
 *         .mailbox("alice", "EX55A").mailbox("bob", "EX55A")
 *         .move("alice", "EX03B", Duration.ofHours(2), Duration.ofMinutes(20))
 *         .build();
 * }</pre>
 *
 * <p>A value that a file could not hold (a name with a space, a cost of 0) fails at the call
 * that gives it; references between parts (a mailbox on an unknown server, a duplicate name, a
 * marker that never happens) fail in {@link #build()}, through the loader's own validators.
 * Either way the {@link ScenarioBuildException} names the document path and what was expected.
 * Defaults: seed 1, the virtual clock, no description.
 */
public final class ScenarioBuilder {

    private final BuilderPlaces places;
    private final String name;
    private String description = "";
    private long seed = 1;
    private Duration duration;
    private ClockPlan clock = ClockPlan.virtual();
    private final OrganizationParts organization;
    private final List<SitePlan> sites = new ArrayList<>();
    private final MailboxParts mailboxes;
    private final List<ConnectorPlan> connectors = new ArrayList<>();
    private final DirectoryParts directory;
    private final MoveParts moves;
    private final List<EventPlan> events = new ArrayList<>();
    private final List<TrafficBuilder> traffic = new ArrayList<>();
    private final List<ExpectationBuilder> expectations = new ArrayList<>();

    private ScenarioBuilder(String name) {
        this.places = new BuilderPlaces(String.valueOf(name));
        this.name = places.name(name, "name");
        if (name.equals(".") || name.equals("..")) {
            throw places.fail("name", "expected " + Field.NAME_FORM + ", other than . and .. but found " + name);
        }
        this.organization = new OrganizationParts(places);
        this.directory = new DirectoryParts(places);
        this.mailboxes = new MailboxParts(places);
        this.moves = new MoveParts(places);
    }

    /** Starts a scenario; its name names report directories, so it is a file-name-safe word. */
    public static ScenarioBuilder named(String name) {
        return new ScenarioBuilder(name);
    }

    public ScenarioBuilder description(String text) {
        description = places.required(text, "a description", "description").strip();
        return this;
    }

    public ScenarioBuilder seed(long value) {
        seed = value;
        return this;
    }

    /** How long the scenario runs; required. */
    public ScenarioBuilder duration(Duration length) {
        duration = places.positive(length, "duration");
        return this;
    }

    /** {@link ClockPlan#virtual()} (the default) or {@link ClockPlan#scaled(double)} with a scale above 0. */
    public ScenarioBuilder clock(ClockPlan plan) {
        places.required(plan, "mode: virtual or mode: scaled", "clock");
        if (plan.mode() == ClockMode.SCALED && !(plan.scale() > 0 && Double.isFinite(plan.scale()))) {
            throw places.fail("clock.scale", "expected a number greater than zero (scenario seconds per wall second)"
                    + " but found " + plan.scale());
        }
        clock = plan.mode() == ClockMode.VIRTUAL ? ClockPlan.virtual() : plan;
        return this;
    }

    /** The primary SMTP domain; required. The X.400 name defaults to {@code c=US;a= ;p=<first label>}. */
    public ScenarioBuilder organization(String smtpDomain) {
        organization.smtpDomain(smtpDomain);
        return this;
    }

    public ScenarioBuilder otherDomains(String... domains) {
        organization.otherDomains(domains);
        return this;
    }

    public ScenarioBuilder x400(String country, String admd, String prmd) {
        organization.x400(country, admd, prmd);
        return this;
    }

    public ScenarioBuilder site(String siteName, Consumer<SiteBuilder> servers) {
        SiteBuilder site = new SiteBuilder(places, "sites[" + sites.size() + "]", siteName);
        servers.accept(site);
        sites.add(site.build());
        return this;
    }

    public ScenarioBuilder mailbox(String alias, String server) {
        return mailbox(alias, server, alias);
    }

    public ScenarioBuilder mailbox(String alias, String server, String displayName) {
        mailboxes.mailbox(alias, server, displayName);
        return this;
    }

    /**
     * {@code count} numbered mailboxes {@code <group>0001}... spread over {@code servers} in
     * contiguous blocks, as a file's {@code {group, count, servers}}; {@link #group} lists them.
     */
    public ScenarioBuilder mailboxGroup(String group, int count, String... servers) {
        mailboxes.group(group, count, servers);
        return this;
    }

    /** The aliases of a group defined before, for traffic, selections and batch moves. */
    public List<String> group(String group) {
        return mailboxes.all(group);
    }

    /** Members {@code first} to {@code last} of a group (1-based, inclusive). */
    public List<String> group(String group, int first, int last) {
        return mailboxes.members(group, first, last);
    }

    public ScenarioBuilder connector(String connectorName, ConnectorKind kind, String serverA, String serverB) {
        return connector(connectorName, kind, serverA, serverB, connector -> { });
    }

    public ScenarioBuilder connector(String connectorName, ConnectorKind kind, String serverA, String serverB,
            Consumer<ConnectorBuilder> settings) {
        ConnectorBuilder connector = new ConnectorBuilder(places, "connectors[" + connectors.size() + "]", connectorName,
                kind, serverA, serverB);
        settings.accept(connector);
        connectors.add(connector.build());
        return this;
    }

    /** An ADC connection agreement between AD and {@code site}'s 5.5 directory: two-way, always. */
    public ScenarioBuilder agreement(String site) {
        return agreement(site, agent -> { });
    }

    public ScenarioBuilder agreement(String site, Consumer<AgentBuilder> settings) {
        directory.agreement(site, settings);
        return this;
    }

    /** A directory replication connector between two sites' 5.5 directories: always (every 15 minutes). */
    public ScenarioBuilder replication(String siteA, String siteB) {
        return replication(siteA, siteB, agent -> { });
    }

    public ScenarioBuilder replication(String siteA, String siteB, Consumer<AgentBuilder> settings) {
        directory.replication(siteA, siteB, settings);
        return this;
    }

    /** A move with the default copy time of 10 minutes. */
    public ScenarioBuilder move(String mailbox, String to, Duration at) {
        return move(mailbox, to, at, Duration.ofMinutes(10));
    }

    /** In transit from {@code at}, committed at {@code at + copy}; held mail goes to the RPC queue. */
    public ScenarioBuilder move(String mailbox, String to, Duration at, Duration copy) {
        return move(mailbox, to, at, copy, true);
    }

    public ScenarioBuilder move(String mailbox, String to, Duration at, Duration copy, boolean releaseToRpcQueue) {
        moves.single(mailbox, to, at, copy, releaseToRpcQueue);
        return this;
    }

    /** A batch: the mailboxes' moves start {@code every} apart from {@code at}, in list order. */
    public ScenarioBuilder moves(List<String> batch, String to, Duration at, Duration copy, Duration every) {
        moves.batch(batch, to, at, copy, every);
        return this;
    }

    /** Something that happens at {@code at}; see {@link ScenarioActions} for the actions. */
    public ScenarioBuilder event(Duration at, ScenarioAction action) {
        String path = "events[" + events.size() + "]";
        EventPlan event = new EventPlan(places.nonNegative(at, path + ".at"), EventChecks.check(places, path, action));
        events.add(places.record(event, path, "at"));
        return this;
    }

    public ScenarioBuilder traffic(String planName, Consumer<TrafficBuilder> plan) {
        TrafficBuilder builder = new TrafficBuilder(places, "traffic[" + traffic.size() + "]", planName);
        plan.accept(builder);
        traffic.add(builder);
        return this;
    }

    public ScenarioBuilder expect(String expectationName, Consumer<ExpectationBuilder> expectation) {
        ExpectationBuilder builder = new ExpectationBuilder(places, "expect[" + expectations.size() + "]", expectationName);
        expectation.accept(builder);
        expectations.add(builder);
        return this;
    }

    /** Checks references between the parts as the loader does, then returns the scenario. */
    public Scenario build() {
        places.required(duration, "a duration greater than zero", "duration");
        if (sites.isEmpty()) {
            throw places.fail("sites", "expected a list of at least one site but found nothing");
        }
        List<TrafficPlan> plans = traffic.stream().map(t -> t.build(duration)).toList();
        List<MovePlan> movePlans = moves.build(duration);
        java.util.Set<String> markers = Markers.possible(sites, mailboxes.plans(), movePlans, events);
        List<ExpectationPlan> expect = expectations.stream().map(e -> e.build(markers)).toList();
        Scenario scenario = new Scenario(name, description, seed, duration, clock, organization.build(), sites,
                mailboxes.plans(), connectors, directory.build(), movePlans, events, plans, expect, "java:" + name);
        return places.run(() -> ScenarioLoader.validate(places.record(scenario, Where.ROOT), places.map()));
    }
}
