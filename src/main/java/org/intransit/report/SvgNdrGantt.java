package org.intransit.report;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.intransit.check.NdrWindow;

/**
 * The NDR windows as a Gantt chart: one bar per moved mailbox and sender site, from the first to
 * the last bounced submission, over the move's shaded phases and the replica arrivals that
 * closed the windows. The axis is zoomed to the move, since a 30-minute window on a 7-day axis
 * would be a hairline.
 */
final class SvgNdrGantt {

    private static final double WIDTH = 1140;
    private static final double LABEL = 170;
    private static final double ROW = 30;
    private static final double LANE = 15;
    private static final double FONT = 11;

    private SvgNdrGantt() {}

    static String render(HtmlModel model) {
        List<NdrWindow> windows = model.summary().ndrWindows();
        Duration from = windows.stream().map(NdrWindow::firstBounced).min(Comparator.naturalOrder()).orElse(Duration.ZERO);
        Duration to = windows.stream().map(NdrWindow::lastBounced).max(Comparator.naturalOrder()).orElse(model.end());
        for (NdrWindow w : windows) {
            HtmlMoveWindow move = moveOf(model, w);
            if (move != null) {
                from = min(from, move.inTransit());
                to = max(to, move.cleanup() == null ? model.end() : move.cleanup());
            }
        }
        Duration pad = max(Duration.ofMinutes(1), to.minus(from).dividedBy(12));
        SvgTimeAxis axis = new SvgTimeAxis(max(Duration.ZERO, from.minus(pad)), min(model.end(), to.plus(pad)), LABEL,
                WIDTH - LABEL - 170);
        List<HtmlTimelineMark> marks = model.marks().stream().filter(m -> m.kind() == HtmlTimelineMark.Kind.REPLICA
                && axis.contains(m.at()) && windows.stream().anyMatch(w -> m.name().endsWith("." + w.mailbox()))).toList();
        SvgLabelLanes lanes = new SvgLabelLanes(4);
        int[] rows = marks.stream().mapToInt(m -> lanes.place(axis.x(m.at()) + 1,
                axis.x(m.at()) + SvgLabelLanes.width(m.label(), FONT), axis.x(m.at()))).toArray();
        double top = 6 + lanes.used() * LANE + 6;
        double bottom = top + ROW * windows.size();
        StringBuilder svg = new StringBuilder(8192);
        SvgMarkup.open(svg, WIDTH, bottom + 24, "NDR windows per moved mailbox and sender site");
        for (int i = 0; i < windows.size(); i++) {
            NdrWindow w = windows.get(i);
            double y = top + i * ROW;
            HtmlMoveWindow move = moveOf(model, w);
            if (move != null) {
                double x0 = axis.x(move.inTransit());
                double x1 = axis.x(move.commit() == null ? axis.end() : move.commit());
                double x2 = axis.x(move.cleanup() == null ? axis.end() : move.cleanup());
                SvgMarkup.rect(svg, x0, y, x1 - x0, ROW, "band-transit", null);
                SvgMarkup.rect(svg, x1, y, x2 - x1, ROW, "band-commit", null);
            }
            SvgMarkup.text(svg, LABEL - 10, y + ROW / 2 + 4, "end", "row-label", w.senderSite() + " → " + w.mailbox());
        }
        axis.draw(svg, top, bottom, 12);
        for (int i = 0; i < windows.size(); i++) {
            NdrWindow w = windows.get(i);
            double y = top + i * ROW;
            double x0 = axis.x(w.firstBounced());
            double x1 = Math.max(x0 + 3, axis.x(w.lastBounced()));
            String what = w.bounced() + " NDR" + (w.bounced() == 1 ? "" : "s") + " · " + HtmlFormat.span(w.length());
            SvgMarkup.rect(svg, x0, y + 7, x1 - x0, ROW - 14, "o-ndr", w.mailbox() + " from " + w.senderSite() + ": "
                    + what + ", submitted " + HtmlFormat.clock(w.firstBounced()) + "–"
                    + HtmlFormat.clock(w.lastBounced()));
            SvgMarkup.text(svg, x1 + 6, y + ROW / 2 + 4, "start", "bar-label", what);
        }
        for (int i = 0; i < marks.size(); i++) {
            HtmlTimelineMark m = marks.get(i);
            double x = axis.x(m.at());
            double lineTop = rows[i] < 0 ? top : 6 + rows[i] * LANE + 4;
            SvgMarkup.line(svg, x, lineTop, x, bottom, "mark mark-replica", null);
            SvgMarkup.line(svg, x, lineTop, x, bottom, "hit", m.tooltip());
            if (rows[i] >= 0) {
                SvgMarkup.text(svg, x + 3, 6 + rows[i] * LANE + FONT, "start", "lbl lbl-replica", m.label());
            }
        }
        SvgMarkup.close(svg);
        return svg.toString();
    }

    /** The move of the window's mailbox that the window belongs to: the last one begun before its first bounce. */
    static HtmlMoveWindow moveOf(HtmlModel model, NdrWindow w) {
        HtmlMoveWindow found = null;
        for (HtmlMoveWindow move : model.moves()) {
            if (move.mailbox().equals(w.mailbox()) && (found == null || move.inTransit().compareTo(w.firstBounced()) <= 0)) {
                found = move;
            }
        }
        return found;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
