package org.intransit.report;

import java.time.Duration;
import java.util.List;
import org.intransit.check.QueueHistory;

/**
 * A small multiple for one queue: its depth as a step area over the whole run, with a red tick
 * under the axis wherever a transfer attempt failed (an RPC bind refused, a connector down).
 * Every queue chart shares the run's time axis, so a stuck queue lines up with the move phase
 * that filled it.
 */
final class SvgQueueChart {

    private static final double WIDTH = 360;
    private static final double LEFT = 30;
    private static final double TOP = 8;
    private static final double PLOT = 78;

    private SvgQueueChart() {}

    static String render(QueueHistory queue, List<Duration> failures, HtmlModel model) {
        SvgTimeAxis axis = model.axis(LEFT, WIDTH - LEFT - 20);
        double bottom = TOP + PLOT;
        int yMax = (int) SvgMarkup.niceCeiling(queue.maxDepth());
        StringBuilder svg = new StringBuilder(4096);
        SvgMarkup.open(svg, WIDTH, bottom + 30, "Depth of queue " + queue.key());
        for (HtmlMoveWindow move : model.moves()) {
            double x0 = axis.x(move.inTransit());
            double x1 = axis.x(move.cleanup() == null ? model.end() : move.cleanup());
            SvgMarkup.rect(svg, x0, TOP, Math.max(1, x1 - x0), PLOT, "band-faint", null);
        }
        SvgMarkup.line(svg, axis.left(), TOP, axis.right(), TOP, "grid", null);
        SvgMarkup.text(svg, axis.left() - 5, TOP + 4, "end", "tick", String.valueOf(yMax));
        SvgMarkup.text(svg, axis.left() - 5, bottom + 4, "end", "tick", "0");
        axis.draw(svg, TOP, bottom, 4);
        StringBuilder d = new StringBuilder("M").append(SvgMarkup.n(axis.left())).append(' ').append(SvgMarkup.n(bottom));
        double column = axis.left();
        int[] pen = {0};
        int depth = 0;
        int low = 0;
        int high = 0;
        for (QueueHistory.Step step : queue.steps()) {
            double x = Math.round(axis.x(step.at()) * 2) / 2.0;
            if (x != column) {
                settle(d, pen, new int[] {high, low, depth}, bottom, yMax);
                d.append('H').append(SvgMarkup.n(x));
                column = x;
                low = depth;
                high = depth;
            }
            depth = step.depth();
            low = Math.min(low, depth);
            high = Math.max(high, depth);
        }
        settle(d, pen, new int[] {high, low, depth}, bottom, yMax);
        d.append("H").append(SvgMarkup.n(axis.right()));
        SvgMarkup.path(svg, d + "V" + SvgMarkup.n(bottom) + "Z", "depth-area");
        SvgMarkup.path(svg, d.toString(), "depth-line");
        double lastTick = Double.NaN;
        for (Duration failed : failures) {
            double x = Math.round(axis.x(failed));
            if (x != lastTick) {
                SvgMarkup.line(svg, x, bottom + 17, x, bottom + 23, "fail-tick", null);
                lastTick = x;
            }
        }
        SvgMarkup.rect(svg, axis.left(), TOP, axis.right() - axis.left(), PLOT, "hit",
                queue.key() + ": max depth " + queue.maxDepth() + ", final depth " + queue.finalDepth()
                        + (failures.isEmpty() ? "" : ", " + failures.size() + " failed transfer attempts"));
        SvgMarkup.close(svg);
        return svg.toString();
    }

    /**
     * Draws one pixel column's range of depths as vertical strokes ending at its last depth, so
     * that a busy queue costs one column's worth of path however many messages passed.
     */
    private static void settle(StringBuilder d, int[] pen, int[] depths, double bottom, int yMax) {
        for (int depth : depths) {
            if (depth != pen[0]) {
                d.append('V').append(SvgMarkup.n(bottom - PLOT * depth / yMax));
                pen[0] = depth;
            }
        }
    }
}
