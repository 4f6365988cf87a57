package org.intransit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.intransit.harness.Harness;
import org.intransit.junit.IntransitTest.Lifecycle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Per-method runs: each test starts at time zero, and its @BeforeEach and @AfterEach get its harness. */
@ExtendWith(EngineTestKitOnly.class)
@IntransitTest(scenario = "harness-config/quickstart.yaml", lifecycle = Lifecycle.PER_METHOD)
class PerMethodFixture {

    @BeforeEach
    void before(Harness harness) {
        FixtureRecord.harness("before", harness);
    }

    @AfterEach
    void after(Harness harness) {
        FixtureRecord.harness("after", harness);
    }

    @Test
    void first(Harness harness) throws InterruptedException {
        FixtureRecord.harness("test", harness);
        assertThat(harness.clock().now()).isEqualTo(Duration.ZERO);
        harness.advance(Duration.ofMinutes(30));
    }

    @Test
    void second(Harness harness) throws InterruptedException {
        FixtureRecord.harness("test", harness);
        assertThat(harness.clock().now()).isEqualTo(Duration.ZERO);
        harness.advance(Duration.ofMinutes(30));
    }
}
