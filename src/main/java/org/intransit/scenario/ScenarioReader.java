package org.intransit.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.intransit.scenario.YNode.YScalar;

/**
 * Turns the located tree into the typed {@link Scenario}: the top level, the clock and the
 * organization here; topology and timeline sections in their own readers. Checks types, ranges
 * and formats; cross-references are the validators' job.
 */
final class ScenarioReader {

    static final List<String> KEYS = List.of("name", "description", "seed", "duration", "clock",
            "organization", "sites", "mailboxes", "connectors", "directory", "moves", "events", "traffic", "expect");
    static final Pattern DOMAIN = Pattern.compile(
            "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");
    static final String DOMAIN_FORM = "a domain name such as contoso.example";

    private final SourceMap places;

    ScenarioReader(SourceMap places) {
        this.places = places;
    }

    Scenario read(YNode root, String source) {
        if (root == null || root instanceof YScalar scalar && scalar.isNull()) {
            throw new Where(1, 1, Where.ROOT).fail(
                    "the file is empty; expected a mapping with at least name, duration, organization and sites");
        }
        MapReader top = new Field(root, "").map(KEYS);
        String name = scenarioName(top.required("name"));
        String description = top.text("description", "").strip();
        long seed = top.get("seed", Field::longValue, 1L);
        Duration duration = top.required("duration").duration(Field.Span.POSITIVE);
        ClockPlan clock = top.get("clock", this::clock, ClockPlan.virtual());
        Organization organization = organization(top.required("organization"));
        TopologyReader topology = new TopologyReader(places);
        List<SitePlan> sites = topology.sites(top.required("sites"));
        MailboxReader mailboxReader = new MailboxReader(places);
        List<MailboxPlan> mailboxes = mailboxReader.read(top.list("mailboxes", "mailboxes"));
        List<ConnectorPlan> connectors =
                top.list("connectors", "connectors").stream().map(topology::connector).toList();
        DirectoryPlan directory = top.get("directory", topology::directory, DirectoryPlan.none());
        TimelineReader timeline = new TimelineReader(places, topology, mailboxReader.groups());
        MoveReader moveReader = new MoveReader(places, mailboxReader.groups(), duration);
        List<MovePlan> moves = top.list("moves", "moves").stream().flatMap(f -> moveReader.moves(f).stream()).toList();
        List<EventPlan> events = top.list("events", "events").stream().map(timeline::event).toList();
        TrafficReader trafficReader = new TrafficReader(places, mailboxReader.groups(), duration);
        List<TrafficPlan> traffic = top.list("traffic", "traffic plans").stream().map(trafficReader::traffic).toList();
        Set<String> markers = Markers.possible(sites, mailboxes, moves, events);
        List<ExpectationPlan> expect = top.list("expect", "expectations").stream()
                .map(f -> timeline.expectation(f, markers))
                .toList();
        Scenario scenario = new Scenario(name, description, seed, duration, clock, organization, sites, mailboxes,
                connectors, directory, moves, events, traffic, expect, source);
        return places.attach(scenario, top);
    }

    private static String scenarioName(Field field) {
        String name = field.name();
        if (name.equals(".") || name.equals("..")) {
            throw field.expected(Field.NAME_FORM + ", other than . and ..");
        }
        return name;
    }

    private ClockPlan clock(Field field) {
        MapReader clock = field.map(List.of("mode", "scale"));
        ClockMode mode = clock.choice("mode", ClockMode.class, ClockMode.VIRTUAL);
        if (mode == ClockMode.VIRTUAL) {
            clock.onlyKeys(List.of("mode"), "mode: virtual");
            return places.attach(ClockPlan.virtual(), clock);
        }
        String what = "a number greater than zero (scenario seconds per wall second)";
        double scale = clock.get("scale", f -> f.number(what), 1.0);
        if (scale <= 0) {
            throw clock.required("scale").expected(what);
        }
        return places.attach(ClockPlan.scaled(scale), clock);
    }

    private Organization organization(Field field) {
        MapReader org = field.map(List.of("smtpDomain", "otherDomains", "x400"));
        Field primary = org.required("smtpDomain");
        String smtpDomain = domain(primary);
        List<String> others = new ArrayList<>();
        List<Field> seen = new ArrayList<>(List.of(primary));
        for (Field item : org.list("otherDomains", "domain names")) {
            String domain = domain(item);
            for (Field earlier : seen) {
                if (earlier.text().trim().equalsIgnoreCase(domain)) {
                    throw item.fail("duplicate domain " + domain + " (first at line " + earlier.where().line()
                            + "); expected each domain once");
                }
            }
            seen.add(item);
            others.add(domain);
        }
        String firstLabel = smtpDomain.split("\\.")[0];
        X400Name x400 = org.get("x400", f -> x400(f, firstLabel), new X400Name("US", " ", firstLabel));
        return places.attach(new Organization(smtpDomain, others, x400), org);
    }

    private X400Name x400(Field field, String defaultPrmd) {
        MapReader x400 = field.map(List.of("country", "admd", "prmd"));
        String country = x400.get("country", f -> f.nonBlank("a country code such as US"), "US");
        String admd = x400.get("admd", f -> f.text("an ADMD name, or \" \" for any"), " ");
        String prmd = x400.get("prmd", f -> f.nonBlank("a PRMD name such as Contoso"), defaultPrmd);
        return places.attach(new X400Name(country, admd, prmd), x400);
    }

    static String domain(Field field) {
        String domain = field.text(DOMAIN_FORM).trim();
        if (!DOMAIN.matcher(domain).matches()) {
            throw field.expected(DOMAIN_FORM);
        }
        return domain;
    }
}
