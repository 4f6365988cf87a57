package org.intransit.junit;

import java.util.Optional;
import org.intransit.harness.Harness;
import org.intransit.junit.IntransitTest.Lifecycle;
import org.intransit.scenario.Scenario;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts a scenario's harness for a test class or method, hands it to test methods as a
 * {@link Harness} parameter, and after the class or method writes its report and closes it.
 *
 * <p>Register it with {@link IntransitTest}, or as a field for a scenario built in Java:
 * <pre>{@code
 * @RegisterExtension
 * static IntransitExtension intransit = IntransitExtension.forScenario(scenario).perMethod();
 * }</pre>
 * Per class (the default), the run starts before {@code @BeforeAll} methods and ends after
 * {@code @AfterAll} methods; per method, it starts before {@code @BeforeEach} methods and ends
 * after {@code @AfterEach} methods. At the end the run is finished (unless the test did it), its
 * report written (see {@link RunReport}) and attached, and the harness closed by JUnit's store
 * even when a test failed. When a test fails, the ledger of the messages its failure names (or
 * of those not delivered) is printed to stderr and published as the report entry
 * {@code intransit.ledger}. Instances are immutable.
 */
public final class IntransitExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(IntransitExtension.class);
    private static final String CLASS_RUN = "class-run";
    private static final String METHOD_RUN = "method-run";

    private final RunConfig registered;

    /** For {@link IntransitTest}, which supplies the scenario. */
    public IntransitExtension() {
        this(null);
    }

    private IntransitExtension(RunConfig registered) {
        this.registered = registered;
    }

    /** A scenario built in Java (see {@link org.intransit.scenario.ScenarioBuilder}); one run per class. */
    public static IntransitExtension forScenario(Scenario scenario) {
        return new IntransitExtension(new RunConfig(new ScenarioRef.Given(scenario), Lifecycle.PER_CLASS, 0));
    }

    /** A scenario file: a path from the working directory, else a class-path resource; one run per class. */
    public static IntransitExtension forScenario(String file) {
        return new IntransitExtension(new RunConfig(new ScenarioRef.File(file), Lifecycle.PER_CLASS, 0));
    }

    public IntransitExtension perMethod() {
        return new IntransitExtension(config().with(Lifecycle.PER_METHOD));
    }

    public IntransitExtension perClass() {
        return new IntransitExtension(config().with(Lifecycle.PER_CLASS));
    }

    /** Runs on the scaled clock at {@code scale} scenario seconds per wall second; 0 keeps the scenario's clock. */
    public IntransitExtension timeScale(double scale) {
        return new IntransitExtension(config().withTimeScale(scale));
    }

    private RunConfig config() {
        if (registered == null) {
            throw new IllegalStateException("start from IntransitExtension.forScenario(...)");
        }
        return registered;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        classConfig(context).filter(c -> c.lifecycle() == Lifecycle.PER_CLASS)
                .ifPresent(c -> context.getStore(NAMESPACE).put(CLASS_RUN, ManagedRun.start(c)));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Optional<RunConfig> own = AnnotationSupport.findAnnotation(context.getTestMethod(), IntransitTest.class)
                .map(RunConfig::of)
                .or(() -> classConfig(context).filter(c -> c.lifecycle() == Lifecycle.PER_METHOD));
        own.ifPresent(c -> context.getStore(NAMESPACE).put(METHOD_RUN, ManagedRun.start(c)));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ManagedRun methodRun = context.getStore(NAMESPACE).get(METHOD_RUN, ManagedRun.class);
        ManagedRun run = methodRun != null ? methodRun : context.getStore(NAMESPACE).get(CLASS_RUN, ManagedRun.class);
        if (run != null) {
            context.getExecutionException().ifPresent(failure -> FailureReport.publish(run.harness(), failure, context));
        }
        if (methodRun != null) {
            RunReport.write(methodRun.harness(), context);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        ManagedRun run = context.getStore(NAMESPACE).get(CLASS_RUN, ManagedRun.class);
        if (run != null) {
            RunReport.write(run.harness(), context);
        }
    }

    private Optional<RunConfig> classConfig(ExtensionContext context) {
        if (registered != null) {
            return Optional.of(registered);
        }
        return AnnotationSupport.findAnnotation(context.getTestClass(), IntransitTest.class).map(RunConfig::of);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Harness.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ManagedRun run = context.getStore(NAMESPACE).get(METHOD_RUN, ManagedRun.class);
        if (run == null) {
            run = context.getStore(NAMESPACE).get(CLASS_RUN, ManagedRun.class);
        }
        if (run == null) {
            throw new ParameterResolutionException("no intransit run for " + parameter.getDeclaringExecutable()
                    + ": a run per method starts before @BeforeEach, so @BeforeAll methods get no harness");
        }
        return run.harness();
    }
}
