package org.intransit.junit;

import org.intransit.harness.Harness;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Prints a failed test's {@link LedgerExcerpt} to stderr and publishes it as {@code intransit.ledger}. */
final class FailureReport {

    private FailureReport() {}

    static void publish(Harness harness, Throwable failure, ExtensionContext context) {
        String excerpt;
        try {
            excerpt = LedgerExcerpt.of(harness, failure);
        } catch (RuntimeException unreadable) {
            excerpt = "intransit: cannot read the ledger after the failure: " + unreadable;
        }
        if (excerpt == null) {
            return;
        }
        System.err.println(context.getDisplayName() + " failed; " + excerpt);
        context.publishReportEntry("intransit.ledger", excerpt);
    }
}
