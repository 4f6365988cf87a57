package org.intransit.scenario;

import java.time.Duration;

/**
 * What makes a traffic plan load traffic ({@code rate} or {@code ramp} instead of
 * {@code every}): an open-loop stream of messages at a rate in scenario time, each from one
 * sender to one recipient picked from the plan's populations. Absent ({@code null}) on scripted
 * traffic.
 *
 * @param rate the base rate
 * @param bursts extra rate in periodic windows on top of the base, or {@code null}
 * @param arrivals how arrivals are spaced at the current rate
 * @param pick how each message picks its sender and recipient
 * @param sizes a size range to draw from, or {@code null} for the plan's fixed {@code sizeBytes}
 * @param maxConnections at most this many submissions on the wire at once on the scaled clock
 *     (the virtual clock submits one at a time, so runs repeat)
 */
public record LoadPlan(Rate rate, Bursts bursts, Arrivals arrivals, Pick pick, SizeRange sizes, int maxConnections) {

    public static final int DEFAULT_MAX_CONNECTIONS = 8;

    /**
     * Messages per second of scenario time, going linearly from {@code from} to {@code to} over
     * {@code over} from the plan's start, then staying at {@code to}.
     *
     * @param over the length of the ramp, or {@code null} for the plan's whole span
     */
    public record Rate(double from, double to, Duration over) {

        public static Rate constant(double perSecond) {
            return new Rate(perSecond, perSecond, null);
        }

        public boolean constant() {
            return from == to;
        }
    }

    /**
     * {@code rate} more messages per second during {@code length} at the plan's start plus
     * {@code every}, 2 × {@code every}, ... (so a steady stretch comes first).
     */
    public record Bursts(double rate, Duration every, Duration length) {}

    /** {@code uniform}: evenly spaced at the current rate; {@code poisson}: exponential gaps. */
    public enum Arrivals { UNIFORM, POISSON }

    /** {@code random}: each message draws a sender and a recipient; {@code cycle}: in list order. */
    public enum Pick { RANDOM, CYCLE }

    /** Message sizes drawn between {@code min} and {@code max} bytes (inclusive). */
    public record SizeRange(long min, long max, Distribution distribution) {}

    /**
     * {@code uniform} between min and max; {@code lognormal} with its median at the geometric
     * mean of min and max and min and max three standard deviations out (clamped to them).
     */
    public enum Distribution { UNIFORM, LOGNORMAL }
}
