package org.intransit.scenario;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A YAML node with the 1-based line and column where it starts. Scalars keep their text as
 * written (typing is the reader's job), so {@code 01:00} stays {@code "01:00"} and {@code 5.10}
 * stays {@code "5.10"}.
 */
sealed interface YNode {

    int line();

    int column();

    /** How the node appears in "expected ... but found ..." messages. */
    String describe();

    /** A scalar; {@code value} is {@code null} for a plain {@code ~}, {@code null} or empty value. */
    record YScalar(String value, boolean plain, int line, int column) implements YNode {

        private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

        boolean isNull() {
            return value == null;
        }

        @Override
        public String describe() {
            if (value == null) {
                return "nothing";
            }
            if (plain && NUMBER.matcher(value).matches()) {
                return value;
            }
            return Suggest.quote(value);
        }
    }

    /** A sequence. */
    record YSeq(List<YNode> items, int line, int column) implements YNode {

        public YSeq {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return items.isEmpty() ? "an empty list" : "a list";
        }
    }

    /** A key of a mapping with its value; the key's place is where "unknown key" points. */
    record Entry(YScalar key, YNode value) {

        String name() {
            return key.value() == null ? "" : key.value();
        }
    }

    /** A mapping with its entries in file order; keys are unique (the tree builder checks). */
    record YMap(Map<String, Entry> entries, int line, int column) implements YNode {

        public YMap {
            entries = Collections.unmodifiableMap(entries);
        }

        @Override
        public String describe() {
            return entries.isEmpty() ? "an empty mapping" : "a mapping";
        }
    }
}
