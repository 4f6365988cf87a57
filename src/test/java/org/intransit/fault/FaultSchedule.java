package org.intransit.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A random but repeatable schedule of link faults for the two-site topology of
 * {@link ConservationUnderFaultsTest}: 3 to 8 events (cut, restore, blackhole, reset, latency)
 * on the three server pairs during the first {@link #FAULTS_UNTIL} of a {@link #DURATION} run,
 * then every link restored (state up, no latency) at {@link #FAULTS_UNTIL}, and traffic both
 * ways every 5 to 10 minutes until {@link #TRAFFIC_UNTIL}. Latency acts in wall time on real
 * sockets, so a latency event is a spike of at most {@value #MAX_LATENCY_MILLIS} ms that a second
 * event removes 5 to 10 minutes later: the run stays fast whatever the schedule. The same seed always gives the same
 * schedule, and {@link #yaml} is the whole scenario, so a failing seed can be rerun as a file.
 *
 * @param expiry the normal-priority expiry of every server's queues, or {@code null} for the default (7 d)
 */
public record FaultSchedule(long seed, List<Fault> faults, int trafficEveryMinutes, Duration expiry) {

    public static final Duration DURATION = Duration.ofHours(6);
    public static final Duration FAULTS_UNTIL = Duration.ofHours(5);
    public static final Duration TRAFFIC_UNTIL = Duration.ofHours(5).plusMinutes(30);
    /** The east-to-west traffic starts later so the two flows do not tick together. */
    public static final Duration EAST_START = Duration.ofMinutes(2);
    public static final int MAX_LATENCY_MILLIS = 20;

    /** The three links of the topology: the X.400 connector's, the site connector's, and SITE2's own. */
    public static final List<List<String>> PAIRS = List.of(List.of("EX55A", "EX55C"), List.of("EX55A", "EX03B"),
            List.of("EX55C", "EX03B"));

    public enum Kind { CUT, RESTORE, BLACKHOLE, RESET, LATENCY }

    /**
     * One event: at {@code at}, on the link between {@code a} and {@code b}; for LATENCY,
     * {@code latencyMillis} until {@code latencyEnds}.
     */
    public record Fault(Duration at, Kind kind, String a, String b, int latencyMillis, Duration latencyEnds) {

        /** Whether this event leaves the link unable to carry mail. */
        public boolean outage() {
            return kind == Kind.CUT || kind == Kind.BLACKHOLE || kind == Kind.RESET;
        }

        /** The scenario events: one, or two for a latency spike. */
        List<Event> events() {
            String pair = "[" + a + ", " + b + "]";
            String action = switch (kind) {
                case CUT -> "cutLink: " + pair;
                case RESTORE -> "restoreLink: " + pair;
                case BLACKHOLE -> "blackhole: " + pair;
                case RESET -> "link: { between: " + pair + ", state: reset }";
                case LATENCY -> "latency: { between: " + pair + ", delay: " + latencyMillis + "ms }";
            };
            return kind == Kind.LATENCY
                    ? List.of(new Event(at, action), new Event(latencyEnds, "latency: { between: " + pair + ", delay: 0 }"))
                    : List.of(new Event(at, action));
        }
    }

    /** One line of the scenario's {@code events}. */
    record Event(Duration at, String action) {
        String yaml() {
            return "  - { at: " + at.toSeconds() + "s, " + action + " }\n";
        }
    }

    /** The schedule of {@code seed}. */
    public static FaultSchedule generate(long seed, Duration expiry) {
        SplittableRandom random = new SplittableRandom(seed);
        int count = random.nextInt(3, 9);
        List<Fault> faults = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Duration at = Duration.ofSeconds(random.nextLong(FAULTS_UNTIL.toSeconds()));
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            List<String> pair = PAIRS.get(random.nextInt(PAIRS.size()));
            boolean reversed = random.nextBoolean();
            int latency = kind == Kind.LATENCY ? random.nextInt(1, MAX_LATENCY_MILLIS + 1) : 0;
            Duration ends = kind == Kind.LATENCY ? min(at.plusMinutes(random.nextInt(5, 11)), FAULTS_UNTIL) : null;
            faults.add(new Fault(at, kind, pair.get(reversed ? 1 : 0), pair.get(reversed ? 0 : 1), latency, ends));
        }
        faults.sort(Comparator.comparing(Fault::at));
        return new FaultSchedule(seed, List.copyOf(faults), random.nextInt(5, 11), expiry);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The seeds of one property: {@code tries} seeds drawn from {@code base}. */
    public static List<Long> seeds(long base, int tries) {
        SplittableRandom random = new SplittableRandom(base);
        return random.longs(tries).boxed().toList();
    }

    /** When the first outage began, if any. */
    public java.util.Optional<Duration> firstOutage() {
        return faults.stream().filter(Fault::outage).map(Fault::at).findFirst();
    }

    /** How many messages the injectors submit: each tick sends one per sender and recipient. */
    public int injectedMessages() {
        return 2 * ticks(Duration.ZERO) + 2 * ticks(EAST_START);
    }

    private int ticks(Duration start) {
        long span = TRAFFIC_UNTIL.minus(start).toMinutes();
        return (int) ((span + trafficEveryMinutes - 1) / trafficEveryMinutes);
    }

    /** The scenario: the topology, the traffic, the faults and the final restore. */
    public String yaml() {
        String retry = expiry == null ? "" : ", retry: { expiry: { normal: " + expiry.toMinutes() + "m } }";
        StringBuilder yaml = new StringBuilder("""
                name: faults-%s
                seed: %d
                duration: 6h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    serviceAccount: CONTOSO\\svc-exchange
                    servers: [ { name: EX55A, kind: exchange55%s } ]
                  - name: SITE2
                    serviceAccount: CONTOSO\\svc-exchange
                    servers:
                      - { name: EX55C, kind: exchange55%s }
                      - { name: EX03B, kind: exchange2003%s }
                connectors:
                  - { name: X400-1, kind: x400, between: [EX55A, EX55C], password: s3cret }
                  - { name: SC-1, kind: site, between: [EX55A, EX03B] }
                mailboxes:
                  - { alias: bob, server: EX55A }
                  - { alias: carol, server: EX55C }
                  - { alias: dave, server: EX03B }
                traffic:
                  - { name: west-to-east, from: bob, to: [carol, dave], every: %dm, until: 5h30m }
                  - { name: east-to-west, from: [carol, dave], to: bob, start: 2m, every: %dm, until: 5h30m }
                events:
                """.formatted(Long.toHexString(seed), seed, retry, retry, retry, trafficEveryMinutes,
                trafficEveryMinutes));
        faults.stream().flatMap(f -> f.events().stream()).sorted(Comparator.comparing(Event::at))
                .forEach(e -> yaml.append(e.yaml()));
        for (List<String> pair : PAIRS) {
            String between = "[" + pair.get(0) + ", " + pair.get(1) + "]";
            yaml.append("  - { at: 5h, restoreLink: ").append(between).append(" }\n");
            yaml.append("  - { at: 5h, latency: { between: ").append(between).append(", delay: 0 } }\n");
        }
        return yaml.toString();
    }
}
