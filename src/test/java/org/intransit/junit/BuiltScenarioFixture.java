package org.intransit.junit;

import static org.intransit.junit.IntransitAssertions.assertThat;

import java.time.Duration;
import org.intransit.harness.Harness;
import org.intransit.scenario.ConnectorKind;
import org.intransit.scenario.ScenarioBuilder;
import org.intransit.scenario.ServerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A scenario built in Java, two sites over X.400, to run beside {@link QuickstartFixture} in one JVM. */
@ExtendWith(EngineTestKitOnly.class)
class BuiltScenarioFixture {

    @RegisterExtension
    static final IntransitExtension INTRANSIT = IntransitExtension.forScenario(ScenarioBuilder.named("two-sites")
            .duration(Duration.ofHours(1))
            .organization("fabrikam.example")
            .site("EAST", site -> site.server("EX-E1", ServerKind.EXCHANGE2003))
            .site("WEST", site -> site.server("EX-W1", ServerKind.EXCHANGE2003))
            .connector("X400-EW", ConnectorKind.X400, "EX-E1", "EX-W1", c -> c.password("pw"))
            .mailbox("erin", "EX-E1")
            .mailbox("walt", "EX-W1")
            .traffic("east-to-west", t -> t.from("erin").to("walt").every(Duration.ofMinutes(5)))
            .build());

    @Test
    void crossSiteMailShouldBeDelivered(Harness harness) throws InterruptedException {
        FixtureRecord.listeners(harness);
        harness.runToEnd();
        assertThat(harness).messages().from("erin").to("walt").allDelivered();
    }
}
