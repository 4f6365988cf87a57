package org.intransit.scenario;

/**
 * A place in the scenario file: 1-based line and column, and the document path
 * ({@code sites[1].servers[0].kind}, {@code (root)} for the top level).
 */
record Where(int line, int column, String path) {

    static final String ROOT = "(root)";

    static Where of(YNode node, String path) {
        return new Where(node.line(), node.column(), path.isEmpty() ? ROOT : path);
    }

    /** The path of {@code key} inside the mapping at {@code parent}. */
    static String child(String parent, String key) {
        return parent.isEmpty() || parent.equals(ROOT) ? key : parent + "." + key;
    }

    /** An exception for this place; the loader fills in the source. */
    ScenarioException fail(String detail) {
        return new ScenarioException(null, line, column, path, detail);
    }
}
