package org.intransit.scenario;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.intransit.scenario.YNode.YScalar;
import org.intransit.scenario.YNode.YSeq;

/**
 * A node with its document path: converts it to a value or fails with "expected X but found Y"
 * at the node's place.
 */
record Field(YNode node, String path) {

    /** Names that become directory names, queue names or markers. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");
    static final String NAME_FORM = "a name made of letters, digits, '.', '_' and '-'";

    /** Whether a duration may be zero. */
    enum Span { POSITIVE, NON_NEGATIVE }

    Where where() {
        return Where.of(node, path);
    }

    ScenarioException fail(String detail) {
        return where().fail(detail);
    }

    ScenarioException expected(String what) {
        return fail("expected " + what + " but found " + node.describe());
    }

    String text() {
        return text("a string");
    }

    /** The scalar's text; {@code what} names the expectation when the node is not a scalar. */
    String text(String what) {
        if (node instanceof YScalar scalar && !scalar.isNull()) {
            return scalar.value();
        }
        throw expected(what);
    }

    String nonBlank(String what) {
        String value = text(what);
        if (value.isBlank()) {
            throw expected(what);
        }
        return value;
    }

    String name() {
        String value = text(NAME_FORM);
        if (!NAME.matcher(value).matches()) {
            throw expected(NAME_FORM);
        }
        return value;
    }

    long longValue() {
        try {
            return Long.parseLong(text("an integer"));
        } catch (NumberFormatException e) {
            throw expected("an integer");
        }
    }

    int integer(int min, int max) {
        String what = "an integer from " + min + " to " + max;
        try {
            long value = Long.parseLong(text(what));
            if (value < min || value > max) {
                throw expected(what);
            }
            return (int) value;
        } catch (NumberFormatException e) {
            throw expected(what);
        }
    }

    /** A decimal number; a trailing {@code %} divides by 100. */
    double number(String what) {
        String value = text(what).trim();
        boolean percent = value.endsWith("%");
        try {
            double parsed = Double.parseDouble(percent ? value.substring(0, value.length() - 1) : value);
            if (!Double.isFinite(parsed)) {
                throw expected(what);
            }
            return percent ? parsed / 100 : parsed;
        } catch (NumberFormatException e) {
            throw expected(what);
        }
    }

    boolean bool() {
        return switch (text("true or false").toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw expected("true or false");
        };
    }

    Duration duration(Span span) {
        Duration value = Durations.parse(text(Durations.DURATION_FORMS));
        if (value == null) {
            throw expected(Durations.DURATION_FORMS);
        }
        if (span == Span.POSITIVE && (value.isZero() || value.isNegative())) {
            throw expected("a duration greater than zero");
        }
        if (value.isNegative()) {
            throw expected("a duration of zero or more");
        }
        return value;
    }

    long size() {
        Long value = Durations.parseSize(text(Durations.SIZE_FORMS));
        if (value == null) {
            throw expected(Durations.SIZE_FORMS);
        }
        if (value <= 0) {
            throw expected("a size greater than zero");
        }
        return value;
    }

    /** An enum constant written in lower case with '-' for '_' ({@code two-way}); case is ignored. */
    <E extends Enum<E>> E choice(Class<E> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Field::yamlName).toList();
        String what = "one of " + Suggest.list(names);
        String value = text(what);
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> yamlName(c).equalsIgnoreCase(value.trim()))
                .findFirst()
                .orElseThrow(() -> expected(what));
    }

    static String yamlName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The items of a list; {@code what} describes one item. */
    List<Field> items(String what) {
        if (!(node instanceof YSeq seq)) {
            throw expected("a list of " + what);
        }
        return IntStream.range(0, seq.items().size())
                .mapToObj(i -> new Field(seq.items().get(i), path + "[" + i + "]"))
                .toList();
    }

    /** One scalar or a non-empty list of them. */
    List<Field> oneOrMany(String what) {
        if (node instanceof YScalar) {
            text(what);
            return List.of(this);
        }
        List<Field> items = items(what);
        if (items.isEmpty()) {
            throw expected(what + " or a list of them");
        }
        return items;
    }

    /** Exactly two items, as in {@code between: [EX55A, EX55C]}. */
    List<Field> pair(String what) {
        String wanted = "a list of two " + what;
        if (!(node instanceof YSeq seq)) {
            throw expected(wanted);
        }
        if (seq.items().size() != 2) {
            throw fail("expected " + wanted + " but found " + seq.items().size()
                    + (seq.items().size() == 1 ? " item" : " items"));
        }
        return items(what);
    }

    MapReader map(List<String> keys) {
        return new MapReader(this, keys);
    }
}
