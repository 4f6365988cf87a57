package org.intransit.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.intransit.scenario.Field.Span;
import org.intransit.scenario.ScenarioAction.AddConnector;
import org.intransit.scenario.ScenarioAction.Mark;
import org.intransit.scenario.ScenarioAction.RemoveConnector;
import org.intransit.scenario.ScenarioAction.ReplicateNow;
import org.intransit.scenario.ScenarioAction.SetLatency;
import org.intransit.scenario.ScenarioAction.SetLink;
import org.intransit.scenario.ScenarioAction.SetPresentedPassword;
import org.intransit.scenario.ScenarioAction.SetServiceAccount;
import org.intransit.scenario.ScenarioAction.StartServer;
import org.intransit.scenario.ScenarioAction.StopServer;

/**
 * Reads what happens over time: events and expectations ({@link MoveReader} reads moves,
 * {@link TrafficReader} traffic).
 */
final class TimelineReader {

    static final List<String> ACTIONS = List.of("addConnector", "removeConnector", "link", "cutLink",
            "restoreLink", "blackhole", "latency", "x400Password", "serviceAccount", "replicateNow", "stopServer",
            "startServer", "mark");
    static final String SERVER_PAIR_FORM = "server names such as [EX55A, EX55C]";
    static final List<String> EXPECT_KEYS =
            List.of("name", "select", "outcome", "status", "count", "fraction", "within", "queue");
    /** The keys that say something about the selected messages, so need an outcome. */
    static final List<String> MESSAGE_KEYS = List.of("select", "status", "count", "fraction", "within");
    static final List<String> SELECT_KEYS = List.of("from", "to", "submitted", "senderSite", "senderKind");
    static final List<String> QUEUE_KEYS = List.of("server", "name", "drainedBy", "maxDepth");
    static final Pattern STATUS = Pattern.compile("\\d\\.\\d{1,3}\\.\\d{1,3}");
    static final String SENDER_FORM = "a sender (a mailbox alias, internet, or an address with @)";
    static final String RECIPIENT_FORM = "a recipient (a mailbox alias or an address with @)";
    static final String SITE_FORM = "a site name or internet";
    static final String KIND_FORM = "a server kind (exchange55, exchange2003 or smtp)";
    static final String QUEUE_NAME_FORM = "a queue name (a server or connector name, in-transit, or no-route...)";
    static final String TIME_FORM = "a duration, a marker, or a marker plus or minus a duration such as"
            + " move.alice.commit + 15m";

    private final SourceMap places;
    private final TopologyReader topology;
    private final MailboxGroups groups;

    TimelineReader(SourceMap places, TopologyReader topology, MailboxGroups groups) {
        this.places = places;
        this.topology = topology;
        this.groups = groups;
    }

    EventPlan event(Field field) {
        List<String> keys = new ArrayList<>(List.of("at"));
        keys.addAll(ACTIONS);
        MapReader event = field.map(keys);
        List<String> actions = event.present().stream().filter(ACTIONS::contains).toList();
        if (actions.isEmpty()) {
            throw event.where().fail("missing an action; expected one of " + Suggest.list(ACTIONS));
        }
        if (actions.size() > 1) {
            throw event.keyWhere(actions.get(1)).fail("expected exactly one action per event but found "
                    + Suggest.quote(actions.get(0)) + " and " + Suggest.quote(actions.get(1))
                    + "; split them into events with the same at");
        }
        Duration at = event.required("at").duration(Span.NON_NEGATIVE);
        Field value = event.required(actions.get(0));
        ScenarioAction action = switch (actions.get(0)) {
            case "addConnector" -> new AddConnector(topology.connector(value));
            case "removeConnector" -> new RemoveConnector(value.name());
            case "link" -> link(value);
            case "cutLink" -> linkShorthand(value, LinkState.DOWN);
            case "restoreLink" -> linkShorthand(value, LinkState.UP);
            case "blackhole" -> linkShorthand(value, LinkState.BLACKHOLE);
            case "latency" -> latency(value);
            case "x400Password" -> x400Password(value);
            case "serviceAccount" -> serviceAccount(value);
            case "replicateNow" -> new ReplicateNow(value.name());
            case "stopServer" -> new StopServer(value.name());
            case "startServer" -> new StartServer(value.name());
            default -> new Mark(value.name());
        };
        if (!places.has(action, "")) {
            places.put(action, "", value.where());
        }
        return places.attach(new EventPlan(at, action), event);
    }

    private SetLink link(Field field) {
        MapReader link = field.map(List.of("between", "state", "latency"));
        List<Field> between = link.required("between").pair(SERVER_PAIR_FORM);
        List<String> servers = TopologyReader.distinctPair(between, "server");
        LinkState state = link.required("state").choice(LinkState.class);
        Duration latency = link.duration("latency", Duration.ZERO, Span.NON_NEGATIVE);
        SetLink action = new SetLink(servers.get(0), servers.get(1), state, latency);
        return places.putItems(places.attach(action, link), "between", between);
    }

    /** {@code cutLink}, {@code restoreLink} and {@code blackhole}: a server pair, no latency. */
    private SetLink linkShorthand(Field field, LinkState state) {
        List<Field> between = field.pair(SERVER_PAIR_FORM);
        List<String> servers = TopologyReader.distinctPair(between, "server");
        SetLink action = new SetLink(servers.get(0), servers.get(1), state, Duration.ZERO);
        places.put(action, "", field.where());
        return places.putItems(action, "between", between);
    }

    private SetLatency latency(Field field) {
        MapReader latency = field.map(List.of("between", "delay"));
        List<Field> between = latency.required("between").pair(SERVER_PAIR_FORM);
        List<String> servers = TopologyReader.distinctPair(between, "server");
        Duration delay = latency.required("delay").duration(Span.NON_NEGATIVE);
        SetLatency action = new SetLatency(servers.get(0), servers.get(1), delay);
        return places.putItems(places.attach(action, latency), "between", between);
    }

    private SetPresentedPassword x400Password(Field field) {
        MapReader change = field.map(List.of("connector", "password"));
        String connector = change.name("connector");
        String password = change.required("password").text("a password");
        return places.attach(new SetPresentedPassword(connector, password), change);
    }

    private SetServiceAccount serviceAccount(Field field) {
        MapReader change = field.map(List.of("server", "account"));
        String server = change.name("server");
        String account = change.required("account").nonBlank(TopologyReader.ACCOUNT_FORM);
        return places.attach(new SetServiceAccount(server, account), change);
    }

    /**
     * Reads one expectation; {@code markers} are the markers the plans read so far can write, so
     * that a marker whose own name ends in {@code -DURATION} is not read as an offset.
     */
    ExpectationPlan expectation(Field field, Set<String> markers) {
        MapReader expect = field.map(EXPECT_KEYS);
        String name = expect.required("name").nonBlank("an expectation name");
        boolean hasQueue = expect.has("queue");
        if (!hasQueue && expect.opt("outcome").isEmpty()) {
            throw expect.where().fail("missing key \"outcome\" or \"queue\"; expected outcome, queue, or both");
        }
        Outcome outcome = hasQueue ? expect.choice("outcome", Outcome.class, null)
                : expect.required("outcome").choice(Outcome.class);
        if (outcome == null) {
            for (String key : expect.present()) {
                if (MESSAGE_KEYS.contains(key) && expect.has(key)) {
                    throw expect.keyWhere(key).fail("key " + Suggest.quote(key) + " applies only with outcome;"
                            + " expected an outcome next to it, or no " + key);
                }
            }
        }
        Selector select = expect.get("select", f -> selector(f, markers), null);
        String status = expect.get("status", TimelineReader::status, null);
        Integer count = expect.get("count", f -> f.integer(0, Integer.MAX_VALUE), null);
        String fractionForm = "a fraction greater than 0 and at most 1, such as 0.95 or 95%";
        double fraction = expect.get("fraction", f -> fraction(f, fractionForm), 1.0);
        Duration within = expect.duration("within", null, Span.POSITIVE);
        QueueCondition queue = expect.get("queue", f -> queue(f, markers), null);
        if (select == null) {
            select = places.put(new Selector(List.of(), List.of(), null, null), "", expect.where());
        }
        return places.attach(new ExpectationPlan(name, select, outcome, status, count, fraction, within, queue),
                expect);
    }

    private Selector selector(Field field, Set<String> markers) {
        MapReader select = field.map(SELECT_KEYS);
        List<MailboxGroups.Member> from = select.get("from", f -> groups.members(f, SENDER_FORM), List.of());
        List<MailboxGroups.Member> to = select.get("to", f -> groups.members(f, RECIPIENT_FORM), List.of());
        List<Field> window = select.given("submitted")
                .map(f -> f.pair("times [FROM, TO] such as [2h, end] or [move.alice.commit, 6h]"))
                .orElse(List.of());
        TimeRef after = window.isEmpty() ? null : timeRef(window.get(0), markers);
        TimeRef before = window.isEmpty() ? null : timeRef(window.get(1), markers);
        List<Field> sites = select.get("senderSite", f -> f.oneOrMany(SITE_FORM), List.of());
        List<Field> kindFields = select.get("senderKind", f -> f.oneOrMany(KIND_FORM), List.of());
        List<ServerKind> kinds = kindFields.stream().map(f -> f.choice(ServerKind.class)).toList();
        Selector selector = new Selector(names(from), names(to), after, before, texts(sites), kinds);
        places.attach(selector, select);
        putWritten(selector, "from", from);
        putWritten(selector, "to", to);
        places.putItems(selector, "senderSite", sites);
        return places.putItems(selector, "submitted", window);
    }

    private QueueCondition queue(Field field, Set<String> markers) {
        MapReader queue = field.map(QUEUE_KEYS);
        String server = queue.name("server");
        String name = queue.required("name").nonBlank(QUEUE_NAME_FORM).trim();
        TimeRef drainedBy = queue.get("drainedBy", f -> timeRef(f, markers), null);
        Integer maxDepth = queue.get("maxDepth", f -> f.integer(0, Integer.MAX_VALUE), null);
        if (drainedBy == null && maxDepth == null) {
            throw queue.where().fail(
                    "missing key \"drainedBy\" or \"maxDepth\"; expected drainedBy, maxDepth, or both");
        }
        return places.attach(new QueueCondition(server, name, drainedBy, maxDepth), queue);
    }

    /**
     * A point on the timeline: a duration ({@code 2h}), a marker ({@code move.alice.commit}) or a
     * marker plus or minus a duration ({@code move.alice.commit + 15m}, spaces optional). A text
     * that is itself a known marker ({@code outage-1h}) stays a marker; the timeline validator
     * checks the marker names.
     */
    static TimeRef timeRef(Field field, Set<String> markers) {
        String text = field.text(TIME_FORM).trim();
        Duration at = Durations.parse(text);
        if (at != null) {
            if (at.isNegative()) {
                throw field.expected("a duration of zero or more");
            }
            return new TimeRef.At(at);
        }
        if (markers.contains(text)) {
            return new TimeRef.Marker(text);
        }
        for (int i = text.length() - 1; i > 0; i--) {
            char sign = text.charAt(i);
            String base = text.substring(0, i).trim();
            String amount = text.substring(i + 1).trim();
            Duration by = sign == '+' || sign == '-' ? Durations.parse(amount) : null;
            if (by == null || base.isEmpty() || amount.startsWith("-")) {
                continue;
            }
            Duration fixed = Durations.parse(base);
            if (fixed != null) {
                Duration sum = sign == '+' ? fixed.plus(by) : fixed.minus(by);
                throw field.fail("expected a marker before \"" + sign + "\" but found the duration " + base
                        + "; write a fixed time as one duration" + (sum.isNegative() ? "" : " (" + fmt(sum) + ")"));
            }
            if (!Field.NAME.matcher(base).matches()) {
                throw field.expected(TIME_FORM);
            }
            return new TimeRef.Offset(new TimeRef.Marker(base), sign == '+' ? by : by.negated());
        }
        if (text.isEmpty() || text.contains("+") || text.chars().anyMatch(Character::isWhitespace)) {
            throw field.expected(TIME_FORM);
        }
        return new TimeRef.Marker(text);
    }

    private static String fmt(Duration duration) {
        return Durations.format(duration);
    }

    private static String status(Field field) {
        String form = "an RFC 3463 status such as 5.1.1";
        String status = field.text(form).trim();
        if (!STATUS.matcher(status).matches()) {
            throw field.expected(form);
        }
        return status;
    }

    private static double fraction(Field field, String form) {
        double fraction = field.number(form);
        if (fraction <= 0 || fraction > 1) {
            throw field.expected(form);
        }
        return fraction;
    }

    private static List<String> names(List<MailboxGroups.Member> members) {
        return members.stream().map(MailboxGroups.Member::name).toList();
    }

    /** The place of each name written out (not of those a group selection stands for). */
    private void putWritten(Object owner, String key, List<MailboxGroups.Member> members) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).field() != null) {
                places.put(owner, key + "[" + i + "]", members.get(i).field().where());
            }
        }
    }

    private static List<String> texts(List<Field> fields) {
        return fields.stream().map(f -> f.text().trim()).toList();
    }
}
