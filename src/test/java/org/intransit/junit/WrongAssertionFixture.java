package org.intransit.junit;

import static org.intransit.junit.IntransitAssertions.assertThat;

import org.intransit.harness.Harness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test that is wrong on purpose: the quickstart delivers alice's mail to bob, it never bounces. */
@ExtendWith(EngineTestKitOnly.class)
@IntransitTest(scenario = "harness-config/quickstart.yaml")
class WrongAssertionFixture {

    @Test
    void aliceMailToBobShouldBounce(Harness harness) throws InterruptedException {
        FixtureRecord.listeners(harness);
        harness.runToEnd();
        assertThat(harness).messages().from("alice").to("bob").allBounced();
    }
}
