package org.intransit.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.intransit.check.ExpectationVerdict;
import org.intransit.check.MessageRecord;

/**
 * {@code junit.xml}: one test suite per run, in the shape Maven Surefire writes, so CI servers
 * show a run's checks next to unit tests: one test case for the conservation check and one per
 * expectation, a {@code <failure>} for each that did not hold.
 */
final class JunitXml {

    private static final int SHOWN_FAILURES = 20;

    private JunitXml() {}

    static void write(RunSummary run, Writer out) throws IOException {
        String suite = "intransit." + run.scenario();
        long failures = run.expectations().stream().filter(v -> !v.passed()).count() + (run.conservation().passed() ? 0 : 1);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write(String.format(Locale.ROOT, "<testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"0\" time=\"%.3f\">%n",
                escape(suite), run.expectations().size() + 1, failures, run.wallSeconds()));
        out.write("  <properties>\n");
        property(out, "seed", String.valueOf(run.seed()));
        property(out, "clock", run.clockMode());
        property(out, "scenarioDuration", run.scenarioDuration().toString());
        property(out, "scenarioReached", run.scenarioReached().toString());
        property(out, "interrupted", String.valueOf(run.interrupted()));
        out.write("  </properties>\n");
        testCase(out, suite, "conservation", run.conservation().passed(), run.conservation().describe(), conservationDetail(run));
        for (ExpectationVerdict v : run.expectations()) {
            testCase(out, suite, v.name(), v.passed(), v.detail(), String.join("\n", v.offenders()));
        }
        out.write("</testsuite>\n");
    }

    private static String conservationDetail(RunSummary run) {
        StringBuilder text = new StringBuilder();
        for (MessageRecord m : run.conservation().failures().stream().limit(SHOWN_FAILURES).toList()) {
            text.append(m.fate().label()).append(' ').append(m.trace()).append(": ").append(m.detail()).append('\n');
        }
        return text.toString();
    }

    private static void property(Writer out, String name, String value) throws IOException {
        out.write("    <property name=\"" + escape(name) + "\" value=\"" + escape(value) + "\"/>\n");
    }

    private static void testCase(Writer out, String suite, String name, boolean passed, String message, String detail)
            throws IOException {
        out.write("  <testcase name=\"" + escape(name) + "\" classname=\"" + escape(suite) + "\" time=\"0\"");
        if (passed) {
            out.write("/>\n");
            return;
        }
        out.write(">\n    <failure message=\"" + escape(message) + "\" type=\"intransit.ExpectationFailed\">"
                + escape(message + "\n" + detail) + "</failure>\n  </testcase>\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
