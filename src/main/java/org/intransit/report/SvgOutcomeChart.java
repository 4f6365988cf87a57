package org.intransit.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's main chart, after Gatling's "responses per second": submitted messages per time
 * bucket, stacked by final outcome, over the shaded move phases and the timeline markers. Bars
 * count by submission time because the question a change board asks is "was mail sent at this
 * moment delivered?", not "when did it arrive?".
 */
final class SvgOutcomeChart {

    private static final double WIDTH = 1140;
    private static final double LEFT = 52;
    private static final double PLOT = 230;
    private static final double LANE = 15;
    private static final double RIBBON = 8;
    private static final double FONT = 11;

    private SvgOutcomeChart() {}

    private record Label(double x, String text, String css, String line, String title) {}

    static String render(HtmlModel model) {
        SvgTimeAxis axis = model.axis(LEFT, WIDTH - LEFT - 22);
        List<Label> labels = labels(model, axis);
        SvgLabelLanes lanes = new SvgLabelLanes(5);
        int[] rows = new int[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            Label l = labels.get(i);
            double w = SvgLabelLanes.width(l.text(), FONT);
            boolean flip = l.x() + w > axis.right();
            rows[i] = lanes.place(flip ? l.x() - w : l.x() + 1, flip ? l.x() - 1 : l.x() + w, l.x());
        }
        double ribbon = 8 + lanes.used() * LANE + 4;
        double top = ribbon + RIBBON + 4;
        double bottom = top + PLOT;
        StringBuilder svg = new StringBuilder(32 * 1024);
        SvgMarkup.open(svg, WIDTH, bottom + 24, "Submitted messages per time bucket by final outcome");
        for (HtmlMoveWindow move : model.moves()) {
            String transit = move.mailbox() + " in transit " + move.range(HtmlMoveWindow.Phase.IN_TRANSIT, model.end());
            band(svg, axis, move.inTransit(), move.commit(), model.end(), ribbon, top, "transit", transit);
            if (move.commit() != null) {
                band(svg, axis, move.commit(), move.cleanup(), model.end(), ribbon, top, "commit", move.mailbox()
                        + " commit → cleanup " + move.range(HtmlMoveWindow.Phase.COMMIT_TO_CLEANUP, model.end()));
            }
        }
        bars(svg, model, axis, top);
        axis.draw(svg, top, bottom, 16);
        for (int i = 0; i < labels.size(); i++) {
            Label l = labels.get(i);
            double lineTop = rows[i] < 0 ? ribbon : 8 + rows[i] * LANE + 4;
            SvgMarkup.line(svg, l.x(), lineTop, l.x(), l.line().equals("edge") ? ribbon : bottom, l.line(), null);
            SvgMarkup.line(svg, l.x(), lineTop, l.x(), bottom, "hit", l.title());
            if (rows[i] >= 0) {
                boolean flip = l.x() + SvgLabelLanes.width(l.text(), FONT) > axis.right();
                SvgMarkup.text(svg, flip ? l.x() - 3 : l.x() + 3, 8 + rows[i] * LANE + FONT, flip ? "end" : "start",
                        l.css(), l.text());
            }
        }
        SvgMarkup.close(svg);
        return svg.toString();
    }

    private static List<Label> labels(HtmlModel model, SvgTimeAxis axis) {
        List<Label> labels = new ArrayList<>();
        for (HtmlMoveWindow move : model.moves()) {
            labels.add(new Label(axis.x(move.inTransit()), move.mailbox() + " in transit", "lbl lbl-transit", "edge",
                    move.mailbox() + " in transit from " + HtmlFormat.clock(move.inTransit())));
            if (move.commit() != null) {
                labels.add(new Label(axis.x(move.commit()), move.mailbox() + " commit → cleanup", "lbl lbl-commit", "edge",
                        move.mailbox() + " committed at " + HtmlFormat.clock(move.commit())
                                + (move.target() == null ? "" : " to " + move.target())));
            }
        }
        for (HtmlTimelineMark mark : model.marks()) {
            String kind = mark.kind().name().toLowerCase(java.util.Locale.ROOT);
            labels.add(new Label(axis.x(mark.at()), mark.label(), "lbl lbl-" + kind, "mark mark-" + kind, mark.tooltip()));
        }
        return labels;
    }

    /** A move phase: a strong strip above the plot (bars may hide the plot) and a light band behind the bars. */
    private static void band(StringBuilder svg, SvgTimeAxis axis, Duration from, Duration to, Duration end, double ribbon,
            double top, String phase, String title) {
        double x0 = axis.x(from);
        double w = Math.max(1.5, axis.x(to == null ? end : to) - x0);
        SvgMarkup.rect(svg, x0, top, w, PLOT, "band-" + phase, null);
        SvgMarkup.rect(svg, x0, ribbon, w, RIBBON, "ribbon-" + phase, title);
    }

    private static void bars(StringBuilder svg, HtmlModel model, SvgTimeAxis axis, double top) {
        HtmlOutcomeBuckets buckets = HtmlOutcomeBuckets.of(model);
        long step = SvgMarkup.niceStep(buckets.most() / 4.0);
        long yMax = Math.max(step, (buckets.most() + step - 1) / step * step);
        double bottom = top + PLOT;
        for (long v = 0; v <= yMax; v += step) {
            double y = bottom - PLOT * v / yMax;
            SvgMarkup.line(svg, axis.left(), y, axis.right(), y, v == 0 ? "axis" : "grid", null);
            SvgMarkup.text(svg, axis.left() - 6, y + 4, "end", "tick", HtmlFormat.count(v));
        }
        int count = buckets.counts().length;
        for (int i = 0; i < count; i++) {
            Duration from = buckets.start(i);
            Duration to = buckets.start(i + 1);
            double x0 = axis.x(from);
            double w = Math.max(1, axis.x(to) - x0 - (count > 60 ? 1 : 2));
            double y = bottom;
            StringBuilder title = new StringBuilder();
            long total = 0;
            for (HtmlOutcome outcome : HtmlOutcome.values()) {
                long n = buckets.counts()[i][outcome.ordinal()];
                if (n > 0) {
                    double h = PLOT * n / yMax;
                    SvgMarkup.rect(svg, x0 + 0.5, y - h, w, h, outcome.css(), null);
                    y -= h;
                    title.append(total == 0 ? "" : ", ").append(n).append(' ').append(outcome.label());
                    total += n;
                }
            }
            if (total > 0) {
                SvgMarkup.rect(svg, x0, top, w + 1, PLOT, "hit", HtmlFormat.clock(from) + "–" + HtmlFormat.clock(to)
                        + ": " + total + " submitted: " + title);
            }
        }
    }
}
