package org.intransit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.intransit.harness.Harness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link IntransitTest} on one method: that method gets a run, the class's other tests none. */
@ExtendWith(EngineTestKitOnly.class)
class MethodAnnotationFixture {

    @Test
    @IntransitTest(scenario = "harness-config/quickstart.yaml")
    void annotatedMethodShouldGetAHarness(Harness harness) {
        FixtureRecord.harness("annotated", harness);
        assertThat(harness.scenario().name()).isEqualTo("quickstart");
    }

    @Test
    void plainMethodShouldRunWithoutOne() {
        FixtureRecord.HARNESSES.add("plain");
    }
}
