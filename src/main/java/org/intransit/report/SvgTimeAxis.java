package org.intransit.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps scenario time onto an SVG x range and draws its grid, so that every time chart of the
 * report places and labels an instant the same way ({@code h:mm}). Steps are round durations
 * (5 min, 1 h, ...) because people read scenario schedules in those units.
 */
final class SvgTimeAxis {

    private static final List<Duration> STEPS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(30),
            Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(10),
            Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2),
            Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(2),
            Duration.ofDays(7));

    private final Duration start;
    private final Duration end;
    private final double left;
    private final double width;

    SvgTimeAxis(Duration start, Duration end, double left, double width) {
        this.start = start;
        this.end = end.compareTo(start) > 0 ? end : start.plusSeconds(1);
        this.left = left;
        this.width = width;
    }

    /** The smallest round step that cuts {@code span} into at most {@code maxCount} pieces. */
    static Duration step(Duration span, int maxCount) {
        for (Duration step : STEPS) {
            if (span.toMillis() <= step.toMillis() * maxCount) {
                return step;
            }
        }
        long weeks = span.toMillis() / (Duration.ofDays(7).toMillis() * maxCount) + 1;
        return Duration.ofDays(7 * weeks);
    }

    double x(Duration at) {
        double share = (double) (at.toMillis() - start.toMillis()) / (end.toMillis() - start.toMillis());
        return left + width * Math.max(0, Math.min(1, share));
    }

    double left() {
        return left;
    }

    double right() {
        return left + width;
    }

    Duration start() {
        return start;
    }

    Duration end() {
        return end;
    }

    boolean contains(Duration at) {
        return at.compareTo(start) >= 0 && at.compareTo(end) <= 0;
    }

    /** Round instants inside the axis, at most about {@code maxCount} of them. */
    List<Duration> ticks(int maxCount) {
        long step = step(end.minus(start), maxCount).toMillis();
        List<Duration> ticks = new ArrayList<>();
        for (long t = (start.toMillis() + step - 1) / step * step; t <= end.toMillis(); t += step) {
            ticks.add(Duration.ofMillis(t));
        }
        return ticks;
    }

    /** Vertical grid lines from {@code top} to {@code bottom}, labelled under {@code bottom}. */
    void draw(StringBuilder svg, double top, double bottom, int maxCount) {
        boolean seconds = step(end.minus(start), maxCount).compareTo(Duration.ofMinutes(1)) < 0;
        for (Duration tick : ticks(maxCount)) {
            double x = x(tick);
            SvgMarkup.line(svg, x, top, x, bottom, "grid", null);
            SvgMarkup.text(svg, x, bottom + 14, "middle", "tick", HtmlFormat.clock(tick, seconds));
        }
        SvgMarkup.line(svg, left, bottom, right(), bottom, "axis", null);
    }
}
