package org.intransit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class (or one test method) against a started scenario: test methods, and their
 * {@code @BeforeEach}/{@code @AfterEach} methods, take a {@link org.intransit.harness.Harness}
 * parameter. The harness is closed after the class (or method), even when a test fails, and its
 * report is written under {@code target/intransit-reports/<class>/<method or class>/}.
 *
 * <pre>{@code
 * @IntransitTest(scenario = "harness-config/kb841659-ndr-window.yaml")
 * class NdrWindowTest {
 *     @Test
 *     void bobShouldBounce(Harness harness) throws InterruptedException { harness.runToEnd(); ... }
 * }
 * }</pre>
 *
 * <p>On a method of a class that has none, or that has another scenario, it gives that method a
 * run of its own. For a scenario built in Java, register {@link IntransitExtension} instead.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(IntransitExtension.class)
public @interface IntransitTest {

    /** A scenario file: a path from the working directory (the project's), else a class-path resource. */
    String scenario();

    /** One run shared by the class's tests (the default), or a fresh run per test method. */
    Lifecycle lifecycle() default Lifecycle.PER_CLASS;

    /** Scenario seconds per wall second on the scaled clock; 0 (the default) keeps the file's clock. */
    double timeScale() default 0;

    /** How long one run lives. */
    enum Lifecycle {
        /** One run for the whole class: each test goes on where the one before left off (order them with {@code @TestMethodOrder}). */
        PER_CLASS,
        /** A fresh run for each test method. */
        PER_METHOD
    }
}
