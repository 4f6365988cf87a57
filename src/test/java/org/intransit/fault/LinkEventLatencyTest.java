package org.intransit.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.intransit.harness.Harness;
import org.intransit.harness.RunOptions;
import org.intransit.scenario.ScenarioLoader;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/scenario-format.md, events: "The shorthands set the latency to 0, as link does without
 * latency." A latency left over from an earlier {@code latency} event must not survive a
 * {@code restoreLink}, {@code cutLink}, {@code blackhole} or {@code link} event that names no
 * latency, or a fault schedule's "all links restored" would still run slow.
 */
@Timeout(30)
class LinkEventLatencyTest {

    private static final String SCENARIO = """
            name: latency-reset
            duration: 3h
            organization: { smtpDomain: contoso.example }
            sites:
              - { name: SITE1, servers: [ { name: EX55A, kind: exchange55 } ] }
              - { name: SITE2, servers: [ { name: EX55C, kind: exchange55 } ] }
            connectors:
              - { name: X400-1, kind: x400, between: [EX55A, EX55C], password: s3cret }
            events:
              - { at: 1h, latency: { between: [EX55A, EX55C], delay: 20ms } }
              - { at: 2h, %s }
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "restoreLink: [EX55A, EX55C]",
        "cutLink: [EX55C, EX55A]",
        "blackhole: [EX55A, EX55C]",
        "link: { between: [EX55A, EX55C], state: up }",
    })
    void linkEventShouldSetTheLatencyToZeroWhenItNamesNoLatency(String event) throws Exception {
        try (Harness harness = Harness.start(ScenarioLoader.parse(SCENARIO.formatted(event), "latency.yaml"),
                RunOptions.defaults())) {
            harness.runUntil(Duration.ofMinutes(90));
            assertThat(harness.topology().fabric().link("EX55A", "EX55C").latency())
                    .as("after the latency event").isEqualTo(Duration.ofMillis(20));

            harness.runUntil(Duration.ofMinutes(150));

            assertThat(harness.topology().fabric().link("EX55A", "EX55C").latency()).as("EX55A->EX55C after " + event)
                    .isZero();
            assertThat(harness.topology().fabric().link("EX55C", "EX55A").latency()).as("EX55C->EX55A after " + event)
                    .isZero();
        }
    }
}
