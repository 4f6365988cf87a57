package org.intransit.junit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps the {@code *Fixture} classes (some fail on purpose) out of ordinary runs: they run only
 * when a test launches them through the EngineTestKit with {@value #PARAMETER} set.
 */
final class EngineTestKitOnly implements ExecutionCondition {

    static final String PARAMETER = "intransit.fixtures";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return context.getConfigurationParameter(PARAMETER).isPresent()
                ? ConditionEvaluationResult.enabled("launched by a test")
                : ConditionEvaluationResult.disabled("a fixture for the extension's own tests");
    }
}
