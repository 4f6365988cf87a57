package org.intransit.report;

import java.time.Duration;
import java.util.Locale;

/**
 * How the HTML report spells scenario times, spans, latencies and numbers, in one place so that
 * every table and chart agrees. Locale-independent: a report reads the same wherever it was
 * produced.
 */
final class HtmlFormat {

    private HtmlFormat() {}

    /** A scenario time as {@code h:mm}, or {@code h:mm:ss} when it falls between minutes. */
    static String clock(Duration at) {
        return clock(at, at != null && at.toSecondsPart() != 0);
    }

    static String clock(Duration at, boolean seconds) {
        if (at == null) {
            return "—";
        }
        long total = Math.max(0, at.getSeconds());
        String hm = String.format(Locale.ROOT, "%d:%02d", total / 3600, total / 60 % 60);
        return seconds ? hm + String.format(Locale.ROOT, ":%02d", total % 60) : hm;
    }

    /** A length of scenario time for people: {@code 250 ms}, {@code 4.5 s}, {@code 36 min}, {@code 2 h 05 min}. */
    static String span(Duration d) {
        if (d == null) {
            return "—";
        }
        long millis = Math.max(0, d.toMillis());
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return trim(millis / 1000.0) + " s";
        }
        long seconds = millis / 1000;
        if (seconds < 3600) {
            long s = seconds % 60;
            return seconds / 60 + " min" + (s == 0 ? "" : String.format(Locale.ROOT, " %02d s", s));
        }
        long minutes = seconds / 60 % 60;
        String hours = seconds / 3600 + " h";
        return minutes == 0 ? hours : hours + String.format(Locale.ROOT, " %02d min", minutes);
    }

    /** A latency given in scenario milliseconds. */
    static String latency(long millis) {
        return span(Duration.ofMillis(millis));
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A share as a percentage with one decimal, {@code 0} when there is nothing to share. */
    static String percent(long part, long whole) {
        return whole == 0 ? "0%" : trim(100.0 * part / whole) + "%";
    }

    /** A number with at most one decimal, without a trailing {@code .0}. */
    static String trim(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
