package org.intransit.scenario;

/**
 * A scenario file that cannot be used, with the place of the problem.
 *
 * <p>{@link #getMessage()} is one line, {@code FILE:LINE:COLUMN: PATH: DETAIL}, for example
 * {@code quickstart.yaml:12:15: sites[1].servers[0].kind: expected one of exchange55,
 * exchange2003, smtp but found "exchnage55"}. Lines and columns are 1-based; a problem with no
 * place in the file (the file cannot be read) has line and column 0 and the message is the
 * detail alone. The path of the top-level mapping is {@code (root)}.
 */
public final class ScenarioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String path;
    private final String detail;

    public ScenarioException(String source, int line, int column, String path, String detail) {
        super(format(source, line, column, path, detail));
        this.source = source;
        this.line = line;
        this.column = column;
        this.path = path == null ? "" : path;
        this.detail = detail;
    }

    /** The file (or label) the scenario came from. */
    public String source() {
        return source;
    }

    /** 1-based line, or 0 when the problem has no place in the file. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when the problem has no place in the file. */
    public int column() {
        return column;
    }

    /** Where in the document: {@code sites[1].servers[0].kind}; {@code (root)} for the top level. */
    public String path() {
        return path;
    }

    /** What is wrong and what was expected, without the place. */
    public String detail() {
        return detail;
    }

    /** The same problem, reported against {@code newSource}. */
    ScenarioException withSource(String newSource) {
        return new ScenarioException(newSource, line, column, path, detail);
    }

    private static String format(String source, int line, int column, String path, String detail) {
        if (line <= 0) {
            return detail;
        }
        String where = (source == null ? "<scenario>" : source) + ":" + line + ":" + column + ": ";
        return where + (path == null || path.isEmpty() ? "" : path + ": ") + detail;
    }
}
