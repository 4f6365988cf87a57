package org.intransit.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names of one kind (servers, sites, ...) with the place each was defined. Names are unique
 * ignoring case (servers are NetBIOS names, aliases SMTP local parts); references must match the
 * spelling exactly.
 */
final class NameTable {

    private final String kind;
    private final List<String> names = new ArrayList<>();
    private final Map<String, Where> firstByKey = new HashMap<>();

    /** @param kind what a name names, as in "server" */
    NameTable(String kind) {
        this.kind = kind;
    }

    /** Adds {@code name}; fails when it (in any case) was defined before. */
    void define(String name, Where where) {
        Where first = firstByKey.putIfAbsent(name.toLowerCase(Locale.ROOT), where);
        if (first != null) {
            String spelling = names.stream().filter(n -> n.equalsIgnoreCase(name)).findFirst().orElse(name);
            throw where.fail("duplicate " + kind + " name " + show(name) + " (first at line " + first.line()
                    + (spelling.equals(name) ? "" : " as " + show(spelling)) + ")");
        }
        names.add(name);
    }

    boolean contains(String name) {
        return names.contains(name);
    }

    List<String> names() {
        return List.copyOf(names);
    }

    /**
     * Fails at {@code where} unless {@code name} is defined; {@code alternatives} are other
     * accepted forms listed after the names ({@code "internet"}, {@code "an address with @"}).
     */
    void require(String name, Where where, String... alternatives) {
        if (contains(name)) {
            return;
        }
        String options;
        if (names.isEmpty()) {
            options = alternatives.length == 0 ? "expected a defined " + kind + ", but there is none"
                    : "expected " + String.join(" or ", alternatives) + " (no " + kind + " is defined)";
        } else {
            String tail = alternatives.length == 0 ? ""
                    : (alternatives.length > 1 ? ", " + String.join(", ", List.of(alternatives).subList(0,
                            alternatives.length - 1)) : "") + ", or " + alternatives[alternatives.length - 1];
            options = "expected one of " + Suggest.some(names) + tail;
        }
        throw where.fail("unknown " + kind + " " + Suggest.quote(name) + "; " + options
                + Suggest.didYouMean(name, names));
    }

    static String show(String name) {
        return Field.NAME.matcher(name).matches() ? name : Suggest.quote(name);
    }
}
