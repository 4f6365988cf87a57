package org.intransit.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Stacks chart labels in rows above a plot so that no label overlaps another and no marker line
 * runs through a label: each label takes the first row where its extent is free, where no line
 * from a row above crosses it, and from which its own line can drop to the plot without crossing
 * a label below. A label that finds no such row is not drawn; its line still carries the full
 * text as a tooltip. Widths are estimated, since the report cannot measure text without a
 * browser.
 */
final class SvgLabelLanes {

    private final int maxRows;
    private final List<List<double[]>> texts = new ArrayList<>();
    private final List<double[]> lines = new ArrayList<>();

    SvgLabelLanes(int maxRows) {
        this.maxRows = maxRows;
        for (int i = 0; i < maxRows; i++) {
            texts.add(new ArrayList<>());
        }
    }

    /** The row (from 0, the top) given to a label spanning {@code from..to} whose line is at {@code lineX}; -1 if none. */
    int place(double from, double to, double lineX) {
        for (int row = 0; row < maxRows; row++) {
            if (fits(row, from, to, lineX)) {
                texts.get(row).add(new double[] {from, to});
                lines.add(new double[] {lineX, row});
                return row;
            }
        }
        return -1;
    }

    private boolean fits(int row, double from, double to, double lineX) {
        if (texts.get(row).stream().anyMatch(t -> from < t[1] && to > t[0])) {
            return false;
        }
        if (lines.stream().anyMatch(l -> l[1] < row && l[0] > from && l[0] < to)) {
            return false;
        }
        for (int below = row + 1; below < maxRows; below++) {
            if (texts.get(below).stream().anyMatch(t -> lineX > t[0] && lineX < t[1])) {
                return false;
            }
        }
        return true;
    }

    /** How many rows hold labels: the lowest used row plus one. */
    int used() {
        int used = 0;
        for (int row = 0; row < maxRows; row++) {
            if (!texts.get(row).isEmpty()) {
                used = row + 1;
            }
        }
        return used;
    }

    /** An estimate of a label's width in the report's sans-serif font. */
    static double width(String text, double fontSize) {
        return text.length() * fontSize * 0.56 + 6;
    }
}
