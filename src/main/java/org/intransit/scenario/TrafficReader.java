package org.intransit.scenario;

import java.time.Duration;
import java.util.List;
import org.intransit.scenario.Field.Span;
import org.intransit.scenario.YNode.YMap;

/**
 * Reads {@code traffic}: scripted plans ({@code at}, or {@code start} with {@code every}) and
 * load plans ({@code rate} or {@code ramp}; the load keys are {@link LoadReader}'s). Senders and
 * recipients may name mailbox groups; they are expanded into aliases here, and only the names
 * written out get a place of their own ({@code from[i]}) for the validator to point at.
 */
final class TrafficReader {

    static final List<String> KEYS = List.of("name", "from", "to", "at", "start", "every", "until", "size",
            "subject", "rate", "ramp", "bursts", "arrivals", "pick", "maxConnections");
    static final List<String> SCRIPTED_ONLY = List.of("at", "every");
    static final List<String> LOAD_ONLY = List.of("bursts", "arrivals", "pick", "maxConnections");

    private final SourceMap places;
    private final MailboxGroups groups;
    private final Duration scenarioDuration;

    TrafficReader(SourceMap places, MailboxGroups groups, Duration scenarioDuration) {
        this.places = places;
        this.groups = groups;
        this.scenarioDuration = scenarioDuration;
    }

    TrafficPlan traffic(Field field) {
        MapReader traffic = field.map(KEYS);
        String name = traffic.required("name").nonBlank("a traffic name");
        List<MailboxGroups.Member> from = groups.members(traffic.required("from"), TimelineReader.SENDER_FORM);
        List<MailboxGroups.Member> to = groups.members(traffic.required("to"), TimelineReader.RECIPIENT_FORM);
        boolean load = traffic.has("rate") || traffic.has("ramp");
        keysFit(traffic, load);
        String startKey = traffic.has("at") ? "at" : "start";
        Duration start = traffic.duration(startKey, Duration.ZERO, Span.NON_NEGATIVE);
        Duration every = traffic.duration("every", null, Span.POSITIVE);
        Duration until = traffic.duration("until", scenarioDuration, Span.POSITIVE);
        LoadPlan.SizeRange range = traffic.given("size").filter(f -> f.node() instanceof YMap)
                .map(f -> new LoadReader(places).sizeRange(f, load)).orElse(null);
        long size = range != null ? range.min() : traffic.get("size", Field::size, 2048L);
        String subject = traffic.text("subject", "intransit " + name);
        LoadPlan loadPlan = load ? new LoadReader(places).load(traffic, range) : null;
        TrafficPlan plan = new TrafficPlan(name, names(from), names(to), start, every, until, size, subject, loadPlan);
        places.attach(plan, traffic);
        places.put(plan, "start", traffic.where(startKey));
        putWritten(plan, "from", from);
        return putWritten(plan, "to", to);
    }

    /** Fails at the first key that does not belong to this kind of plan, or a pair that excludes itself. */
    private static void keysFit(MapReader traffic, boolean load) {
        if (traffic.has("at") && traffic.has("start")) {
            throw traffic.keyWhere("start").fail("expected either at or start, not both");
        }
        if (load) {
            if (traffic.has("rate") && traffic.has("ramp")) {
                throw traffic.keyWhere("ramp").fail("expected either rate (constant) or ramp (changing), not both");
            }
            for (String key : SCRIPTED_ONLY) {
                if (traffic.has(key)) {
                    throw traffic.keyWhere(key).fail("key " + Suggest.quote(key) + " does not apply to load traffic"
                            + " (with rate or ramp); expected start and until to bound it");
                }
            }
            return;
        }
        if (traffic.has("at") && traffic.has("every")) {
            throw traffic.keyWhere("every").fail(
                    "expected either at (one message) or every (repeated messages), not both; use start with every");
        }
        for (String key : LOAD_ONLY) {
            if (traffic.has(key)) {
                throw traffic.keyWhere(key).fail("key " + Suggest.quote(key) + " applies only to load traffic;"
                        + " expected rate or ramp next to it, or no " + key);
            }
        }
    }

    private static List<String> names(List<MailboxGroups.Member> members) {
        return members.stream().map(MailboxGroups.Member::name).toList();
    }

    private TrafficPlan putWritten(TrafficPlan plan, String key, List<MailboxGroups.Member> members) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).field() != null) {
                places.put(plan, key + "[" + i + "]", members.get(i).field().where());
            }
        }
        return plan;
    }
}
