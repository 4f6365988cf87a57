package org.intransit.traffic;

import java.util.SplittableRandom;
import org.intransit.scenario.LoadPlan;

/**
 * The intended arrival times of a load plan, one after another, in seconds since its start.
 *
 * <p>Both kinds walk along the integral of the rate (the expected number of messages so far):
 * {@code uniform} puts the n-th message where that integral is n − ½, so a constant 200/s gives
 * exactly 200 messages in every second at 2.5 ms, 7.5 ms, ...; {@code poisson} steps by
 * exponentially distributed amounts with mean 1, which makes a Poisson process whose rate follows
 * the curve (ramps and bursts included), by inversion rather than thinning.
 */
final class ArrivalStream {

    private final RateCurve curve;
    private final LoadPlan.Arrivals kind;
    private final SplittableRandom random;
    private RateCurve.Piece piece;
    /** How much of the current piece's integral earlier arrivals used. */
    private double used;
    private boolean first = true;

    ArrivalStream(RateCurve curve, LoadPlan.Arrivals kind, SplittableRandom random) {
        this.curve = curve;
        this.kind = kind;
        this.random = random;
        this.piece = curve.pieceAt(0);
    }

    /** Seconds since the plan's start of the next arrival; {@link Double#NaN} once past the span. */
    double next() {
        double need = step();
        while (true) {
            double left = piece.area() - used;
            if (need <= left) {
                used += need;
                double t = piece.timeAt(used);
                return t < curve.span() ? t : Double.NaN;
            }
            need -= left;
            if (piece.to() >= curve.span()) {
                return Double.NaN;
            }
            piece = curve.pieceAt(piece.to());
            used = 0;
        }
    }

    private double step() {
        if (kind == LoadPlan.Arrivals.POISSON) {
            return -Math.log(1 - random.nextDouble());
        }
        double step = first ? 0.5 : 1;
        first = false;
        return step;
    }
}
