package org.intransit.scenario;

/** What a server resolves recipients through and how its MTA behaves. */
public enum ServerKind {
    /** Exchange 5.5: resolves through its site's 5.5 directory. */
    EXCHANGE55("exchange55"),
    /** Exchange 2003: resolves through Active Directory. */
    EXCHANGE2003("exchange2003"),
    /** A generic SMTP relay with a static route table. */
    SMTP("smtp");

    private final String yamlName;

    ServerKind(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The spelling used in scenario files and reports. */
    public String yamlName() {
        return yamlName;
    }
}
