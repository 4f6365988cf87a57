package org.intransit.scenario;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations, sizes and times of day as scenario files write them.
 *
 * <ul>
 *   <li>durations: {@code 500ms}, {@code 90s}, {@code 15m}, {@code 3h}, {@code 7d}, combinations
 *       from the largest unit down ({@code 1h30m}, {@code 2d12h}), a bare {@code 0}, or ISO-8601
 *       ({@code PT15M}, {@code P7D}); a leading {@code -} makes them negative
 *   <li>sizes: bytes ({@code 512}, {@code 512B}), decimal ({@code 2KB}, {@code 1MB}, {@code 1GB})
 *       or binary ({@code 8KiB}, {@code 1MiB}, {@code 1GiB}); units ignore case
 *   <li>times of day: {@code HH:MM} from {@code 00:00} to {@code 23:59}
 * </ul>
 */
final class Durations {

    static final String DURATION_FORMS = "a duration such as 500ms, 90s, 15m, 1h30m, 7d or PT15M";
    static final String SIZE_FORMS = "a size such as 512, 2KB, 8KiB or 1MiB";
    static final String TIME_FORMS = "a time of day \"HH:MM\" from 00:00 to 23:59";

    private static final Pattern COMPACT = Pattern.compile("(-?)((?:\\d+(?:ms|d|h|m|s))+)");
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|d|h|m|s)");
    private static final List<String> UNITS = List.of("d", "h", "m", "s", "ms");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([A-Za-z]*)");
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");

    private Durations() {}

    /** The duration {@code text} writes, or {@code null} when it is not one. */
    static Duration parse(String text) {
        String t = text.trim();
        try {
            if (t.equals("0") || t.equals("-0")) {
                return Duration.ZERO;
            }
            if (t.startsWith("P") || t.startsWith("-P")) {
                return Duration.parse(t);
            }
            Matcher m = COMPACT.matcher(t);
            if (!m.matches()) {
                return null;
            }
            Duration total = Duration.ZERO;
            int lastUnit = -1;
            for (Matcher part = PART.matcher(m.group(2)); part.find(); ) {
                int unit = UNITS.indexOf(part.group(2));
                if (unit <= lastUnit) {
                    return null;
                }
                lastUnit = unit;
                total = total.plus(of(Long.parseLong(part.group(1)), part.group(2)));
            }
            return m.group(1).isEmpty() ? total : total.negated();
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private static Duration of(long amount, String unit) {
        return switch (unit) {
            case "d" -> Duration.ofDays(amount);
            case "h" -> Duration.ofHours(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMillis(amount);
        };
    }

    /** The compact spelling: {@code 1h30m}, {@code 7d}, {@code 500ms}, {@code 0s}. */
    static String format(Duration d) {
        if (d.isNegative()) {
            return "-" + format(d.negated());
        }
        if (d.isZero()) {
            return "0s";
        }
        StringBuilder out = new StringBuilder();
        append(out, d.toDaysPart(), "d");
        append(out, d.toHoursPart(), "h");
        append(out, d.toMinutesPart(), "m");
        append(out, d.toSecondsPart(), "s");
        append(out, d.toMillisPart(), "ms");
        return out.length() == 0 ? d.toString() : out.toString();
    }

    private static void append(StringBuilder out, long amount, String unit) {
        if (amount != 0) {
            out.append(amount).append(unit);
        }
    }

    /** The number of bytes {@code text} writes, or {@code null} when it is not a size. */
    static Long parseSize(String text) {
        Matcher m = SIZE.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        long unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "", "b" -> 1L;
            case "kb" -> 1_000L;
            case "kib" -> 1L << 10;
            case "mb" -> 1_000_000L;
            case "mib" -> 1L << 20;
            case "gb" -> 1_000_000_000L;
            case "gib" -> 1L << 30;
            default -> 0L;
        };
        try {
            return unit == 0 ? null : Math.multiplyExact(Long.parseLong(m.group(1)), unit);
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    /** The offset from midnight that {@code HH:MM} writes, or {@code null} when it is not one. */
    static Duration parseTimeOfDay(String text) {
        Matcher m = TIME.matcher(text.trim());
        return m.matches()
                ? Duration.ofHours(Integer.parseInt(m.group(1))).plusMinutes(Integer.parseInt(m.group(2)))
                : null;
    }

    /** {@code HH:MM} for an offset from midnight. */
    static String formatTimeOfDay(Duration d) {
        return String.format("%02d:%02d", d.toHoursPart(), d.toMinutesPart());
    }
}
