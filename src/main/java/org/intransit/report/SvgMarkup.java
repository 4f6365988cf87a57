package org.intransit.report;

import java.util.Locale;

/**
 * The few SVG elements the report's charts are drawn with. Coordinates are written with one
 * decimal and without locale, texts and tooltips are escaped here so that no chart can forget
 * to, and colours come from CSS classes so that the print stylesheet can adjust them.
 */
final class SvgMarkup {

    /** The only URL in the whole report: SVG's namespace name, which browsers never fetch. */
    static final String NAMESPACE = "http://www.w3.org/2000/svg";

    private SvgMarkup() {}

    /** Opens a chart that scales to its container's width and keeps its aspect ratio. */
    static void open(StringBuilder svg, double width, double height, String label) {
        svg.append("<svg xmlns=\"").append(NAMESPACE).append("\" class=\"chart\" viewBox=\"0 0 ")
                .append(n(width)).append(' ').append(n(height)).append("\" role=\"img\" aria-label=\"")
                .append(HtmlEscape.text(label)).append("\">");
    }

    static void close(StringBuilder svg) {
        svg.append("</svg>");
    }

    static void rect(StringBuilder svg, double x, double y, double w, double h, String css, String title) {
        svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
                .append(n(Math.max(0, w))).append("\" height=\"").append(n(Math.max(0, h))).append("\" class=\"")
                .append(css).append('"');
        closeWithTitle(svg, "rect", title);
    }

    static void line(StringBuilder svg, double x1, double y1, double x2, double y2, String css, String title) {
        svg.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" class=\"").append(css).append('"');
        closeWithTitle(svg, "line", title);
    }

    static void path(StringBuilder svg, String d, String css) {
        svg.append("<path d=\"").append(d).append("\" class=\"").append(css).append("\"/>");
    }

    static void circle(StringBuilder svg, double x, double y, double r, String css, String title) {
        svg.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n(r))
                .append("\" class=\"").append(css).append('"');
        closeWithTitle(svg, "circle", title);
    }

    /** Text anchored {@code start}, {@code middle} or {@code end} at (x, baseline y). */
    static void text(StringBuilder svg, double x, double y, String anchor, String css, String text) {
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" class=\"").append(css).append("\">").append(HtmlEscape.text(text))
                .append("</text>");
    }

    private static void closeWithTitle(StringBuilder svg, String element, String title) {
        if (title == null) {
            svg.append("/>");
        } else {
            svg.append("><title>").append(HtmlEscape.text(title)).append("</title></").append(element).append('>');
        }
    }

    static String n(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /**
     * A round top for a count axis: the smallest whole number of at least {@code value} (and 1)
     * that is 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten, so 12 gets 15, not 20.
     */
    static long niceCeiling(long value) {
        for (long power = 1; ; power *= 10) {
            for (long tenths : new long[] {10, 15, 20, 25, 30, 40, 50, 60, 80}) {
                if (tenths * power % 10 == 0 && tenths * power / 10 >= Math.max(1, value)) {
                    return tenths * power / 10;
                }
            }
        }
    }

    /** The smallest of 1, 2 or 5 times a power of ten that is at least {@code value} (and at least 1). */
    static long niceStep(double value) {
        long power = 1;
        while (true) {
            for (long f : new long[] {1, 2, 5}) {
                if (f * power >= value) {
                    return f * power;
                }
            }
            power *= 10;
        }
    }
}
