package org.intransit.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rates as scenario files write them: a number of messages per unit of scenario time,
 * {@code 200/s}, {@code 30/m}, {@code 500/h} (also {@code /min}); decimals are fine
 * ({@code 0.5/s}), spaces around {@code /} too.
 */
final class Rates {

    static final String FORMS = "a rate such as 200/s, 30/m or 500/h";
    /** The highest rate a plan may ask for, in messages per second of scenario time. */
    static final double MAX_PER_SECOND = 100_000;

    private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*/\\s*(s|m|min|h)");

    private Rates() {}

    /** Messages per second that {@code text} writes, or {@code null} when it is not a rate. */
    static Double parse(String text) {
        Matcher m = RATE.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        double amount = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "s" -> amount;
            case "h" -> amount / 3600;
            default -> amount / 60;
        };
    }

    /** A rate from zero (when {@code zeroAllowed}) or above, up to {@link #MAX_PER_SECOND}. */
    static double read(Field field, boolean zeroAllowed) {
        String form = zeroAllowed ? FORMS + " (0/s allowed)" : FORMS;
        Double rate = parse(field.text(form));
        if (rate == null) {
            throw field.expected(form);
        }
        if (rate == 0 && !zeroAllowed) {
            throw field.expected("a rate greater than zero");
        }
        if (rate > MAX_PER_SECOND) {
            throw field.expected("a rate of at most 100000/s");
        }
        return rate;
    }
}
