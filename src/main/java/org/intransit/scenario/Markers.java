package org.intransit.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
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
 * The timeline markers a run writes, named as the runtime names them: {@code start} and
 * {@code end} (the harness), {@code move.<alias>.<phase>} (the move script),
 * {@code replica.<AD|site>.<alias>} (directory replication) and one marker per event (the
 * harness's {@code ScenarioEvents.markerName}: a {@code mark} event's own name,
 * {@code connector.<name>.added}, {@code link.<A>-<B>.<state>}, ...). Expectations may only
 * name markers that can happen; {@link #require} explains why any other cannot.
 */
final class Markers {

    static final List<String> PHASES = List.of("in-transit", "commit", "release", "cleanup");
    /** The name of the Active Directory replica in {@code replica.AD.<alias>}. */
    static final String AD = "AD";
    /** The prefixes of the markers events write (a {@code mark} event's name may not use them). */
    static final List<String> EVENT_PREFIXES = List.of("connector.", "link.", "server.", "account.", "replicate-now.");
    static final String FORMS = "a duration, start, end, move.<alias>.<in-transit|commit|release|cleanup> of a moved"
            + " mailbox, replica.<AD|site>.<alias>, an event's marker (connector.<name>.added, server.<name>.stopped,"
            + " ...), or a mark event's name";

    private static final List<String> LINK_SUFFIXES = List.of("up", "down", "blackhole", "reset", "latency");

    /** One family of event markers: {@code PREFIX<subject>.<suffix>}, as in {@code server.EX55A.stopped}. */
    private record Family(String prefix, String placeholder, List<String> suffixes, String subjectKind) {

        String form() {
            return prefix + placeholder + (suffixes.isEmpty() ? "" : "." + (suffixes.size() == 1 ? suffixes.get(0)
                    : "<" + String.join("|", suffixes) + ">"));
        }
    }

    private static final List<Family> FAMILIES = List.of(
            new Family("connector.", "<name>", List.of("added", "removed", "password"), "connector"),
            new Family("link.", "<A>-<B>", LINK_SUFFIXES, "server"),
            new Family("server.", "<name>", List.of("stopped", "started"), "server"),
            new Family("account.", "<server>", List.of("changed"), "server"),
            new Family("replicate-now.", "<agent>", List.of(), "replication agent"));

    private final Set<String> possible;
    private final Scenario scenario;
    private final TopologyValidator.Names names;

    Markers(Scenario scenario, TopologyValidator.Names names) {
        this.scenario = scenario;
        this.names = names;
        this.possible = possible(scenario.sites(), scenario.mailboxes(), scenario.moves(), scenario.events());
    }

    /** Every marker a run of these plans can write. */
    static Set<String> possible(List<SitePlan> sites, List<MailboxPlan> mailboxes, List<MovePlan> moves,
            List<EventPlan> events) {
        Set<String> markers = new LinkedHashSet<>(List.of("start", "end"));
        for (MovePlan move : moves) {
            PHASES.forEach(phase -> markers.add("move." + move.mailbox() + "." + phase));
        }
        List<String> replicas = new ArrayList<>(List.of(AD));
        sites.forEach(site -> replicas.add(site.name()));
        for (String replica : replicas) {
            mailboxes.forEach(m -> markers.add("replica." + replica + "." + m.alias()));
        }
        events.forEach(event -> markers.add(of(event.action())));
        return markers;
    }

    /** The marker the runtime writes when {@code action} happens. */
    static String of(ScenarioAction action) {
        if (action instanceof Mark mark) {
            return mark.marker();
        } else if (action instanceof StopServer stop) {
            return "server." + stop.server() + ".stopped";
        } else if (action instanceof StartServer start) {
            return "server." + start.server() + ".started";
        } else if (action instanceof AddConnector add) {
            return "connector." + add.connector().name() + ".added";
        } else if (action instanceof RemoveConnector remove) {
            return "connector." + remove.connector() + ".removed";
        } else if (action instanceof SetLink link) {
            return "link." + link.serverA() + "-" + link.serverB() + "." + link.state().name().toLowerCase(Locale.ROOT);
        } else if (action instanceof SetServiceAccount account) {
            return "account." + account.server() + ".changed";
        } else if (action instanceof SetLatency latency) {
            return "link." + latency.serverA() + "-" + latency.serverB() + ".latency";
        } else if (action instanceof SetPresentedPassword password) {
            return "connector." + password.connector() + ".password";
        }
        return "replicate-now." + ((ReplicateNow) action).agent();
    }

    /** Fails at {@code where} unless a run can write {@code marker}, saying what is wrong with it. */
    void require(String marker, Where where) {
        if (possible.contains(marker)) {
            return;
        }
        for (Family family : FAMILIES) {
            if (marker.startsWith(family.prefix())) {
                throw where.fail(eventMarker(marker, family));
            }
        }
        throw where.fail("unknown marker " + Suggest.quote(marker) + "; expected " + FORMS
                + Suggest.didYouMean(marker, possible));
    }

    private String eventMarker(String marker, Family family) {
        String rest = marker.substring(family.prefix().length());
        String subject = rest;
        String suffix = "";
        if (!family.suffixes().isEmpty()) {
            int dot = rest.lastIndexOf('.');
            suffix = dot < 0 ? "" : rest.substring(dot + 1);
            if (dot <= 0 || !family.suffixes().contains(suffix)) {
                return "unknown marker " + Suggest.quote(marker) + "; expected " + family.form()
                        + Suggest.didYouMean(marker, possible);
            }
            subject = rest.substring(0, dot);
        }
        String unknown = family.prefix().equals("link.") ? unknownLink(marker, subject) : unknownSubject(marker,
                family, subject);
        if (unknown != null) {
            return unknown;
        }
        List<String> written = possible.stream().filter(startsWith(family.prefix())).toList();
        String expected = written.isEmpty() ? "expected an event " + example(family, suffix, subject) + " in events"
                : "expected one of " + Suggest.some(written);
        return "marker " + Suggest.quote(marker) + " never happens: no " + eventFor(family, suffix, subject)
                + "; " + expected + hint(marker, family, suffix, subject);
    }

    /** The unknown connector, server or agent {@code subject} names, or {@code null} when it is known. */
    private String unknownSubject(String marker, Family family, String subject) {
        List<String> known = switch (family.subjectKind()) {
            case "connector" -> connectors();
            case "server" -> names.servers().names();
            default -> names.agents().names();
        };
        if (known.contains(subject)) {
            return null;
        }
        String options = known.isEmpty() ? "expected a defined " + family.subjectKind() + ", but there is none"
                : "expected one of " + Suggest.some(known);
        return "unknown " + family.subjectKind() + " " + Suggest.quote(subject) + " in marker "
                + Suggest.quote(marker) + "; " + options + Suggest.didYouMean(subject, known);
    }

    /** The problem with the server pair {@code A-B} of a link marker, or {@code null} when both are known. */
    private String unknownLink(String marker, String pair) {
        if (linkPair(pair).size() == 2) {
            return null;
        }
        NameTable servers = names.servers();
        String unknown = null;
        for (int dash = pair.indexOf('-'); dash >= 0; dash = pair.indexOf('-', dash + 1)) {
            String a = pair.substring(0, dash);
            String b = pair.substring(dash + 1);
            if (unknown == null && servers.contains(a) != servers.contains(b)) {
                unknown = servers.contains(a) ? b : a;
            }
        }
        if (unknown == null) {
            return "unknown servers in marker " + Suggest.quote(marker) + "; expected link.<A>-<B>.<"
                    + String.join("|", LINK_SUFFIXES) + "> with two of the servers " + Suggest.some(servers.names())
                    + Suggest.didYouMean(marker, possible);
        }
        List<String> known = servers.names();
        return "unknown server " + Suggest.quote(unknown) + " in marker " + Suggest.quote(marker)
                + "; expected one of " + Suggest.some(known) + Suggest.didYouMean(unknown, known);
    }

    /** The event that would write the marker, as in "no stopServer event stops EX55A". */
    private String eventFor(Family family, String suffix, String subject) {
        return switch (family.prefix() + suffix) {
            case "connector.added" -> "addConnector event adds " + subject;
            case "connector.removed" -> "removeConnector event removes " + subject;
            case "connector.password" -> "x400Password event changes the password of " + subject;
            case "server.stopped" -> "stopServer event stops " + subject;
            case "server.started" -> "startServer event starts " + subject;
            case "account.changed" -> "serviceAccount event changes the account of " + subject;
            case "link.latency" -> "latency event sets the delay between " + String.join(" and ", linkPair(subject));
            case "replicate-now." -> "replicateNow event runs " + subject;
            default -> "event sets the link " + subject + " to " + suffix;
        };
    }

    /** The action of an event that writes the marker, as in {@code {stopServer: EX55A}}. */
    private String example(Family family, String suffix, String subject) {
        String pair = family.prefix().equals("link.") ? "[" + String.join(", ", linkPair(subject)) + "]" : "";
        return switch (family.prefix() + suffix) {
            case "connector.added" -> "{addConnector: {name: " + subject + ", ...}}";
            case "connector.removed" -> "{removeConnector: " + subject + "}";
            case "connector.password" -> "{x400Password: {connector: " + subject + ", password: ...}}";
            case "server.stopped" -> "{stopServer: " + subject + "}";
            case "server.started" -> "{startServer: " + subject + "}";
            case "account.changed" -> "{serviceAccount: {server: " + subject + ", account: ...}}";
            case "link.latency" -> "{latency: {between: " + pair + ", delay: ...}}";
            case "replicate-now." -> "{replicateNow: " + subject + "}";
            default -> "{link: {between: " + pair + ", state: " + suffix + "}}";
        };
    }

    /** The two known servers {@code A-B} names (server names may hold '-' too). */
    private List<String> linkPair(String pair) {
        for (int dash = pair.indexOf('-'); dash >= 0; dash = pair.indexOf('-', dash + 1)) {
            String a = pair.substring(0, dash);
            String b = pair.substring(dash + 1);
            if (names.servers().contains(a) && names.servers().contains(b)) {
                return List.of(a, b);
            }
        }
        return List.of(pair);
    }

    /** A did-you-mean: the same link written with its servers the other way round, else the closest marker. */
    private String hint(String marker, Family family, String suffix, String subject) {
        if (family.prefix().equals("link.")) {
            List<String> pair = linkPair(subject);
            String reversed = pair.size() == 2 ? "link." + pair.get(1) + "-" + pair.get(0) + "." + suffix : null;
            if (reversed != null && possible.contains(reversed)) {
                return " (the marker names the servers in the event's order: did you mean "
                        + Suggest.quote(reversed) + "?)";
            }
        }
        return Suggest.didYouMean(marker, possible.stream().filter(startsWith(family.prefix())).toList());
    }

    private static Predicate<String> startsWith(String prefix) {
        return name -> name.startsWith(prefix);
    }

    /** The connectors a marker may name: those of the file and those events add. */
    private List<String> connectors() {
        Set<String> all = new LinkedHashSet<>();
        scenario.connectors().forEach(c -> all.add(c.name()));
        scenario.events().stream()
                .filter(e -> e.action() instanceof AddConnector)
                .forEach(e -> all.add(((AddConnector) e.action()).connector().name()));
        return List.copyOf(all);
    }
}
