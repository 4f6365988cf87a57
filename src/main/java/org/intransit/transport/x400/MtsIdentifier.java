package org.intransit.transport.x400;

/**
 * The MTS identifier of a message on the X.400 wire, made from the harness's trace id so the
 * trace survives the hop: {@code [c=US;a= ;p=intransit;l=<trace>]} — country, ADMD (a single
 * space: "any", as Exchange writes it), PRMD, and the local identifier, which is the trace.
 *
 * @param trace the harness's trace id
 */
public record MtsIdentifier(String trace) {

    private static final String PREFIX = "[c=US;a= ;p=intransit;l=";
    private static final String SUFFIX = "]";

    /** The identifier as it goes on the wire. */
    public String value() {
        return PREFIX + trace + SUFFIX;
    }

    /**
     * Reads an identifier back. One in another shape (a real MTA's) keeps its whole text as the
     * trace, so nothing is lost.
     */
    public static MtsIdentifier parse(String value) {
        if (value.startsWith(PREFIX) && value.endsWith(SUFFIX) && value.length() >= PREFIX.length() + SUFFIX.length()) {
            return new MtsIdentifier(value.substring(PREFIX.length(), value.length() - SUFFIX.length()));
        }
        return new MtsIdentifier(value);
    }
}
