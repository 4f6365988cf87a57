package org.intransit.report;

import org.intransit.check.Fate;

/**
 * The five outcome colours of the report's charts and matrices. Fates are folded so a chart
 * stays readable: the run-failing fates and the indeterminate ones share "other failure", which
 * the failures section then lists one by one.
 */
enum HtmlOutcome {
    DELIVERED("delivered"),
    NDR("ndr"),
    QUEUED("queued"),
    REJECTED("rejected"),
    OTHER("other failure");

    private final String label;

    HtmlOutcome(String label) {
        this.label = label;
    }

    static HtmlOutcome of(Fate fate) {
        return switch (fate) {
            case DELIVERED -> DELIVERED;
            case NDR -> NDR;
            case QUEUED -> QUEUED;
            case REJECTED -> REJECTED;
            case INDETERMINATE, LOST, DUPLICATED, MISROUTED -> OTHER;
        };
    }

    String label() {
        return label;
    }

    /** The CSS class that colours an SVG shape (fill) or an HTML chip (background). */
    String css() {
        return "o-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The CSS class for one fate, which uses its outcome's colour. */
    static String css(Fate fate) {
        return of(fate).css();
    }
}
