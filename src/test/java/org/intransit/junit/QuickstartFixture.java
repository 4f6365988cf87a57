package org.intransit.junit;

import static org.intransit.junit.IntransitAssertions.assertThat;

import org.intransit.harness.Harness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One scenario file's run, to run beside {@link BuiltScenarioFixture} in one JVM. */
@ExtendWith(EngineTestKitOnly.class)
@IntransitTest(scenario = "harness-config/quickstart.yaml")
class QuickstartFixture {

    @Test
    void quickstartShouldDeliverEverything(Harness harness) throws InterruptedException {
        FixtureRecord.listeners(harness);
        harness.runToEnd();
        assertThat(harness).messages().allDelivered();
    }
}
