package org.intransit.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.intransit.harness.Harness;
import org.intransit.report.ReportWriter;
import org.intransit.report.RunSummary;
import org.junit.jupiter.api.MediaType;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Writes a finished run's report files under
 * {@code <intransit.reports.dir>/<test class>/<method, or the class's simple name>/} (the
 * configuration parameter defaults to {@code target/intransit-reports}) and attaches
 * {@code report.html} and {@code summary.json} to the test result. A launcher that cannot take
 * files still gets the directory as the report entry {@code intransit.report}.
 */
final class RunReport {

    static final String DIRECTORY_PARAMETER = "intransit.reports.dir";
    private static final Pattern INVOCATION = Pattern.compile("#(\\d+)]$");

    private RunReport() {}

    /** Finishes the run if the test did not, then writes and attaches its report. */
    static Path write(Harness harness, ExtensionContext context) {
        RunSummary summary = harness.finish();
        Path directory = directory(context);
        try {
            ReportWriter.write(harness.header(), summary, harness.scenario(), harness.ledger().snapshot(), null, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the intransit report to " + directory, e);
        }
        context.publishReportEntry("intransit.report", directory.toAbsolutePath().toString());
        attach(context, directory.resolve("report.html"), MediaType.parse("text/html"));
        attach(context, directory.resolve("summary.json"), MediaType.APPLICATION_JSON);
        return directory;
    }

    static Path directory(ExtensionContext context) {
        Path base = Path.of(context.getConfigurationParameter(DIRECTORY_PARAMETER).orElse("target/intransit-reports"));
        Class<?> testClass = context.getRequiredTestClass();
        String leaf = context.getTestMethod().map(Method::getName).orElse(testClass.getSimpleName());
        Matcher invocation = INVOCATION.matcher(context.getUniqueId());
        if (context.getTestMethod().isPresent() && invocation.find()) {
            leaf += "-" + invocation.group(1);
        }
        return base.resolve(testClass.getName()).resolve(leaf);
    }

    private static void attach(ExtensionContext context, Path file, MediaType type) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            context.publishFile(file.getFileName().toString(), type,
                    target -> Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING));
        } catch (RuntimeException unsupported) {
            context.publishReportEntry("intransit." + file.getFileName(), file.toAbsolutePath().toString());
        }
    }
}
