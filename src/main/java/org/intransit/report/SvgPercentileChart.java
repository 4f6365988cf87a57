package org.intransit.report;

import java.time.Duration;
import java.util.List;
import org.intransit.check.Fate;
import org.intransit.check.MessageRecord;

/**
 * Delivery latency as a percentile curve (p0 to p100), after Gatling's response-time
 * distribution: a flat line that jumps near the end is mail that waited for something (a move,
 * a queue), which a mean would hide. The marked points are the summary's HdrHistogram
 * percentiles; the curve is drawn from the exact latencies.
 */
final class SvgPercentileChart {

    private static final double WIDTH = 760;
    private static final double LEFT = 78;
    private static final double TOP = 16;
    private static final double PLOT = 190;
    private static final double FONT = 11;

    private SvgPercentileChart() {}

    /** Delivered messages' latencies in scenario milliseconds, ascending (the set LatencySummary reads). */
    static long[] latencies(List<MessageRecord> messages) {
        return messages.stream().filter(m -> m.fate() == Fate.DELIVERED && m.latency() != null)
                .mapToLong(m -> Math.max(0, m.latency().toMillis())).sorted().toArray();
    }

    /** The nearest-rank percentile of ascending values. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String render(long[] sorted, LatencySummary summary) {
        double width = WIDTH - LEFT - 16;
        double bottom = TOP + PLOT;
        long max = sorted[sorted.length - 1];
        long step = max < 1000 ? SvgMarkup.niceStep(max / 4.0) : SvgTimeAxis.step(Duration.ofMillis(max), 5).toMillis();
        long yMax = Math.max(step, (max + step - 1) / step * step);
        StringBuilder svg = new StringBuilder(8192);
        SvgMarkup.open(svg, WIDTH, bottom + 36, "Delivery latency by percentile");
        for (long v = 0; v <= yMax; v += step) {
            double y = bottom - PLOT * v / yMax;
            SvgMarkup.line(svg, LEFT, y, LEFT + width, y, v == 0 ? "axis" : "grid", null);
            SvgMarkup.text(svg, LEFT - 6, y + 4, "end", "tick", v == 0 ? "0" : HtmlFormat.latency(v));
        }
        for (int p = 0; p <= 100; p += 10) {
            double x = LEFT + width * p / 100;
            SvgMarkup.line(svg, x, TOP, x, bottom, "grid", null);
            SvgMarkup.text(svg, x, bottom + 15, "middle", "tick", "p" + p);
        }
        SvgMarkup.text(svg, LEFT + width / 2, bottom + 32, "middle", "axis-title", "percentile of delivered messages");
        StringBuilder d = new StringBuilder();
        StringBuilder area = new StringBuilder("M").append(SvgMarkup.n(LEFT)).append(' ').append(SvgMarkup.n(bottom));
        for (int p = 0; p <= 100; p++) {
            double y = bottom - PLOT * percentile(sorted, p) / yMax;
            String point = SvgMarkup.n(LEFT + width * p / 100) + " " + SvgMarkup.n(y);
            d.append(p == 0 ? "M" : "L").append(point);
            area.append('L').append(point);
        }
        SvgMarkup.path(svg, area + "L" + SvgMarkup.n(LEFT + width) + " " + SvgMarkup.n(bottom) + "Z", "latency-area");
        SvgMarkup.path(svg, d.toString(), "latency-line");
        double[][] marks = {{99.9, summary.p999()}, {99, summary.p99()}, {90, summary.p90()}, {50, summary.p50()}};
        String[] names = {"p99.9", "p99", "p90", "p50"};
        List<double[]> taken = new java.util.ArrayList<>();
        for (double[] mark : marks) {
            double x = LEFT + width * mark[0] / 100;
            double y = bottom - PLOT * mark[1] / yMax;
            taken.add(new double[] {x - 5, y - 5, x + 5, y + 5});
        }
        for (int i = 0; i < marks.length; i++) {
            double x = LEFT + width * marks[i][0] / 100;
            double y = bottom - PLOT * marks[i][1] / yMax;
            SvgMarkup.circle(svg, x, y, 3.5, "latency-dot", names[i] + " " + HtmlFormat.latency((long) marks[i][1]));
            double w = SvgLabelLanes.width(names[i], FONT);
            for (double[] offset : new double[][] {{-6, -7}, {-6, 15}, {6 + w, -7}, {-6, -21}, {6 + w, 15}}) {
                double right = x + offset[0];
                double baseline = y + offset[1];
                double[] box = {right - w, baseline - FONT, right, baseline + 2};
                if (box[1] >= 0 && box[3] <= bottom - 1 && box[2] <= LEFT + width + 14 && taken.stream().noneMatch(
                        t -> box[0] < t[2] && box[2] > t[0] && box[1] < t[3] && box[3] > t[1])) {
                    taken.add(box);
                    SvgMarkup.text(svg, right, baseline, "end", "lbl", names[i]);
                    break;
                }
            }
        }
        SvgMarkup.close(svg);
        return svg.toString();
    }
}
