package org.intransit.scenario;

/**
 * A scenario built in Java that cannot be used: the Java counterpart of {@link ScenarioException},
 * without line and column. {@link #getMessage()} is one line, {@code scenario NAME: PATH: DETAIL},
 * where {@code PATH} is the place the same content would have in a scenario file
 * ({@code sites[1].servers[0].name}) and {@code DETAIL} says what is wrong and what was
 * expected, as the loader words it.
 */
public final class ScenarioBuildException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String scenario;
    private final String path;
    private final String detail;

    public ScenarioBuildException(String scenario, String path, String detail) {
        super("scenario " + scenario + ": " + path + ": " + detail);
        this.scenario = scenario;
        this.path = path;
        this.detail = detail;
    }

    /** The name given to {@link ScenarioBuilder#named}. */
    public String scenario() {
        return scenario;
    }

    /** Where in the scenario's document shape: {@code moves[0].to}; {@code (root)} for the top level. */
    public String path() {
        return path;
    }

    /** What is wrong and what was expected, without the place. */
    public String detail() {
        return detail;
    }
}
