package org.intransit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.intransit.scenario.LoadPlan.Arrivals;
import org.intransit.scenario.LoadPlan.Bursts;
import org.intransit.scenario.LoadPlan.Distribution;
import org.intransit.scenario.LoadPlan.Pick;
import org.intransit.scenario.LoadPlan.Rate;
import org.intransit.scenario.LoadPlan.SizeRange;
import org.junit.jupiter.api.Test;

/**
 * Load traffic ({@code rate} or {@code ramp}) in a scenario file: what it reads into, and the
 * exact one-line message for each mistake. The traffic list starts at line 12.
 */
class ScenarioLoaderLoadTrafficTest {

    private static final String HEAD = """
            name: t
            duration: 1h
            organization: { smtpDomain: contoso.example }
            sites:
              - name: SITE1
                servers:
                  - { name: EX55A, kind: exchange55, gateway: true }
            mailboxes:
              - { alias: alice, server: EX55A }
              - { group: user, count: 200, server: EX55A }
            traffic:
            """;

    private static TrafficPlan load(String traffic) {
        return ScenarioLoader.parse(HEAD + traffic, "test.yaml").traffic().get(0);
    }

    private static void assertRejected(String traffic, String message) {
        assertThatThrownBy(() -> ScenarioLoader.parse(HEAD + traffic, "test.yaml"))
                .isInstanceOf(ScenarioException.class)
                .hasMessage(message);
    }

    @Test
    void constantRateShouldReadWithItsDefaults() {
        TrafficPlan plan = load("  - { name: l, from: { group: user }, to: [alice, { group: user, last: 2 }], rate: 200/s }\n");

        assertThat(plan.isLoad()).isTrue();
        assertThat(plan.load()).isEqualTo(new LoadPlan(Rate.constant(200), null, Arrivals.UNIFORM, Pick.RANDOM, null, 8));
        assertThat(plan.from()).hasSize(200).startsWith("user0001").endsWith("user0200");
        assertThat(plan.to()).containsExactly("alice", "user0001", "user0002");
        assertThat(plan.start()).isZero();
        assertThat(plan.until()).isEqualTo(Duration.ofHours(1));
        assertThat(plan.every()).isNull();
        assertThat(plan.sizeBytes()).isEqualTo(2048);
    }

    @Test
    void everyLoadKeyShouldRead() {
        TrafficPlan plan = load("""
                  - name: l
                    from: [alice, user0007]
                    to: { group: user }
                    start: 5m
                    until: 50m
                    ramp: { from: 0/s, to: 30/m, over: 10m }
                    bursts: { rate: 500/h, every: 5m, for: 30s }
                    arrivals: poisson
                    pick: cycle
                    size: { min: 1KiB, max: 64KiB, distribution: uniform }
                    maxConnections: 4
                """);

        assertThat(plan.load()).isEqualTo(new LoadPlan(new Rate(0, 0.5, Duration.ofMinutes(10)),
                new Bursts(500 / 3600.0, Duration.ofMinutes(5), Duration.ofSeconds(30)), Arrivals.POISSON, Pick.CYCLE,
                new SizeRange(1024, 65_536, Distribution.UNIFORM), 4));
        assertThat(plan.sizeBytes()).isEqualTo(1024);
        assertThat(plan.start()).isEqualTo(Duration.ofMinutes(5));
        assertThat(plan.until()).isEqualTo(Duration.ofMinutes(50));
    }

    @Test
    void sizeRangeShouldDefaultToLognormal() {
        TrafficPlan plan = load("  - { name: l, from: alice, to: alice, rate: 1/s, size: { min: 1KB, max: 2KB } }\n");

        assertThat(plan.load().sizes()).isEqualTo(new SizeRange(1000, 2000, Distribution.LOGNORMAL));
    }

    @Test
    void scriptedTrafficShouldStayScriptedAndTakeGroups() {
        TrafficPlan plan = load("  - { name: s, from: { group: user, count: 3 }, to: alice, every: 10m }\n");

        assertThat(plan.isLoad()).isFalse();
        assertThat(plan.from()).isEqualTo(List.of("user0001", "user0002", "user0003"));
    }

    @Test
    void loaderShouldRejectKeysThatDoNotFitTheKindOfTraffic() {
        assertRejected("  - { name: l, from: alice, to: alice, rate: 200/s, every: 1m }\n",
                "test.yaml:12:53: traffic[0].every: key \"every\" does not apply to load traffic (with rate or ramp);"
                        + " expected start and until to bound it");
        assertRejected("  - { name: s, from: alice, to: alice, every: 1m, pick: random }\n",
                "test.yaml:12:51: traffic[0].pick: key \"pick\" applies only to load traffic; expected rate or ramp"
                        + " next to it, or no pick");
        assertRejected("  - { name: l, from: alice, to: alice, rate: 1/s, ramp: { from: 1/s, to: 2/s } }\n",
                "test.yaml:12:51: traffic[0].ramp: expected either rate (constant) or ramp (changing), not both");
        assertRejected("  - { name: s, from: alice, to: alice, every: 1m, size: { min: 1KiB, max: 2KiB } }\n",
                "test.yaml:12:57: traffic[0].size: a size range applies only to load traffic (with rate or ramp);"
                        + " expected a size such as 8KiB");
    }

    @Test
    void loaderShouldRejectRatesItCannotRead() {
        assertRejected("  - { name: l, from: alice, to: alice, rate: 200 per second }\n",
                "test.yaml:12:46: traffic[0].rate: expected a rate such as 200/s, 30/m or 500/h but found"
                        + " \"200 per second\"");
        assertRejected("  - { name: l, from: alice, to: alice, rate: 0/s }\n",
                "test.yaml:12:46: traffic[0].rate: expected a rate greater than zero but found \"0/s\"");
        assertRejected("  - { name: l, from: alice, to: alice, ramp: { from: 0/s, to: 0/m } }\n",
                "test.yaml:12:63: traffic[0].ramp.to: both ends of the ramp are zero, so it sends nothing; expected a"
                        + " rate greater than zero at one end");
        assertRejected("  - { name: l, from: alice, to: alice, rate: 200001/s }\n",
                "test.yaml:12:46: traffic[0].rate: expected a rate of at most 100000/s but found \"200001/s\"");
    }

    @Test
    void loaderShouldRejectBurstsAndRampsThatDoNotFitThePlan() {
        assertRejected("  - { name: l, from: alice, to: alice, rate: 1/s, bursts: { rate: 5/s, every: 5m, for: 5m } }\n",
                "test.yaml:12:88: traffic[0].bursts.for: a burst of 5m every 5m never ends; expected for shorter than"
                        + " every");
        assertRejected("  - { name: l, from: alice, to: alice, rate: 1/s, until: 30m, bursts: { rate: 5/s, every: 30m,"
                        + " for: 1m } }\n",
                "test.yaml:12:91: traffic[0].bursts.every: no burst comes: the first starts 30m after start, at or"
                        + " after until (the plan runs from 0s to 30m); expected every shorter than 30m");
        assertRejected("  - { name: l, from: alice, to: alice, start: 30m, ramp: { from: 1/s, to: 9/s, over: 2h } }\n",
                "test.yaml:12:86: traffic[0].ramp.over: a ramp over 2h is longer than the plan (the plan runs from 30m"
                        + " to 1h); expected at most 30m");
        assertRejected("  - { name: l, from: alice, to: alice, rate: 1/s, size: { min: 64KiB, max: 1KiB } }\n",
                "test.yaml:12:76: traffic[0].size.max: max 1KiB is smaller than min 64KiB; expected max of at least"
                        + " min");
        assertRejected("  - { name: l, from: alice, to: alice, rate: 1/s, maxConnections: 0 }\n",
                "test.yaml:12:67: traffic[0].maxConnections: expected an integer from 1 to 1000 but found 0");
    }

    @Test
    void loaderShouldRejectAScriptedTickThatWouldSendAPopulationToAPopulation() {
        assertRejected("  - { name: s, from: { group: user }, to: { group: user }, every: 1m }\n",
                "test.yaml:12:43: traffic[0].to: 200 senders and 200 recipients make 40000 messages per tick;"
                        + " expected at most 10000 (for load traffic give rate: each message then picks one sender and"
                        + " one recipient)");
    }
}
