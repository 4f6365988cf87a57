package org.intransit.report;

import java.util.HashSet;
import java.util.Set;

/**
 * Builds the report's tables. Plain cells are escaped here; a cell that carries markup (a badge,
 * a chip) is marked as such by the caller, who has escaped its texts. Numeric columns are
 * right-aligned with tabular figures so that counts compare at a glance.
 */
final class HtmlTable {

    private final StringBuilder html = new StringBuilder();
    private final Set<Integer> numeric = new HashSet<>();

    /** Markup for one cell, already escaped. */
    record Markup(String html) {}

    HtmlTable(String css, String... headers) {
        html.append("<table class=\"").append(css).append("\"><thead><tr>");
        for (String header : headers) {
            html.append("<th>").append(HtmlEscape.text(header)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
    }

    /** Right-aligns the given columns (from 0). */
    HtmlTable numeric(int... columns) {
        for (int column : columns) {
            numeric.add(column);
        }
        return this;
    }

    /** A row of cells: {@link Markup} as given, anything else escaped as text. */
    HtmlTable row(Object... cells) {
        return styledRow(null, cells);
    }

    /** A row with a CSS class ({@code bad}, {@code warn}), or none when {@code css} is {@code null}. */
    HtmlTable styledRow(String css, Object... cells) {
        html.append(css == null ? "<tr>" : "<tr class=\"" + css + "\">");
        for (int i = 0; i < cells.length; i++) {
            html.append(numeric.contains(i) ? "<td class=\"num\">" : "<td>");
            Object cell = cells[i];
            html.append(cell instanceof Markup m ? m.html() : HtmlEscape.text(cell == null ? "" : String.valueOf(cell)));
            html.append("</td>");
        }
        html.append("</tr>");
        return this;
    }

    static Markup markup(String html) {
        return new Markup(html);
    }

    /** A coloured PASS / FAIL badge. */
    static Markup badge(boolean passed) {
        return new Markup(passed ? "<span class=\"badge pass\">PASS</span>" : "<span class=\"badge fail\">FAIL</span>");
    }

    String html() {
        return html + "</tbody></table>";
    }
}
