package org.intransit.fault;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.intransit.scenario.ScenarioException;
import org.intransit.scenario.ScenarioLoader;

/**
 * Fuzz target for the scenario loader: whatever the text, {@link ScenarioLoader#parse} returns a
 * scenario or throws a {@link ScenarioException} that names the file; nothing else may escape
 * (a {@code NumberFormatException}, an {@code ArithmeticException}, a {@code StackOverflowError}
 * would reach a user as a stack trace). In a normal build Jazzer runs only the regression inputs
 * under {@code src/test/resources/org/intransit/fault/ScenarioLoaderFuzzTestInputs/<method>/}
 * (the built-in scenarios and some broken ones); {@code JAZZER_FUZZ=1 mvn test
 * -Dtest='ScenarioLoaderFuzzTest'} fuzzes for real.
 */
class ScenarioLoaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void scenarioLoaderShouldOnlyThrowScenarioExceptionWhenTheTextIsArbitrary(byte[] yaml) {
        try {
            ScenarioLoader.parse(new String(yaml, UTF_8), "fuzz.yaml");
        } catch (ScenarioException e) {
            assertThat(e.getMessage()).as("the message a user sees").isNotBlank();
        }
    }
}
