package org.intransit.traffic;

import org.intransit.scenario.LoadPlan;

/**
 * A load plan's rate over its span, in messages per second, as consecutive pieces on which it is
 * linear: the ramp (to its end), then the flat rate, with each burst window adding its rate.
 * Times are seconds since the plan's start. Pieces are made on demand, so a week of one-second
 * bursts costs nothing until it is reached.
 */
final class RateCurve {

    /**
     * One linear piece, {@code [from, to)}, the rate going from {@code rateFrom} to
     * {@code rateTo}.
     */
    record Piece(double from, double to, double rateFrom, double rateTo) {

        /** Messages the piece carries: the integral of the rate over it. */
        double area() {
            return (rateFrom + rateTo) / 2 * (to - from);
        }

        /**
         * The time at which the integral from {@code from} reaches {@code amount} (at most
         * {@link #area()}): the root of {@code rateFrom x + slope x^2 / 2 = amount}, in the form
         * that stays exact when the slope is zero.
         */
        double timeAt(double amount) {
            if (amount <= 0) {
                return from;
            }
            double halfSlope = (rateTo - rateFrom) / (2 * (to - from));
            double x = 2 * amount / (rateFrom + Math.sqrt(rateFrom * rateFrom + 4 * halfSlope * amount));
            return from + Math.min(Math.max(x, 0), to - from);
        }
    }

    private final LoadPlan.Rate rate;
    private final double rampEnd;
    private final double span;
    private final double burstRate;
    private final double burstEvery;
    private final double burstLength;

    /** @param span seconds from the plan's start to its until */
    RateCurve(LoadPlan plan, double span) {
        this.rate = plan.rate();
        this.span = span;
        this.rampEnd = rate.constant() ? 0 : rate.over() == null ? span : Math.min(span, seconds(rate.over()));
        this.burstRate = plan.bursts() == null ? 0 : plan.bursts().rate();
        this.burstEvery = plan.bursts() == null ? 0 : seconds(plan.bursts().every());
        this.burstLength = plan.bursts() == null ? 0 : seconds(plan.bursts().length());
    }

    double span() {
        return span;
    }

    /** The base rate plus the burst rate when {@code t} lies in a burst. */
    double rate(double t) {
        return base(t) + (inBurst(t) ? burstRate : 0);
    }

    /** The piece that starts at {@code t} and runs to the next change of slope or burst edge. */
    Piece pieceAt(double t) {
        double end = span;
        if (t < rampEnd) {
            end = Math.min(end, rampEnd);
        }
        if (burstRate > 0) {
            double k = Math.floor(t / burstEvery);
            for (double edge : new double[] {k * burstEvery, k * burstEvery + burstLength, (k + 1) * burstEvery}) {
                if (edge > t) {
                    end = Math.min(end, edge);
                }
            }
        }
        double extra = inBurst((t + end) / 2) ? burstRate : 0;
        return new Piece(t, end, base(t) + extra, base(end) + extra);
    }

    private double base(double t) {
        if (t >= rampEnd) {
            return rate.to();
        }
        return rate.from() + (rate.to() - rate.from()) * t / rampEnd;
    }

    /** Bursts start at every, 2 every, ...: none at the start itself. */
    private boolean inBurst(double t) {
        if (burstRate == 0) {
            return false;
        }
        double k = Math.floor(t / burstEvery);
        return k >= 1 && t - k * burstEvery < burstLength;
    }

    static double seconds(java.time.Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
