package org.intransit.mta.ndr;

import java.util.List;

/**
 * A delivery-status report read back from its bytes by {@link NdrReader}.
 *
 * @param ndrFor       the trace of the message reported on: {@value NdrFactory#NDR_FOR_HEADER},
 *                     else the trace header in the returned original headers, else {@code ""}
 * @param reportingMta the reporting MTA's name without its {@code dns; } prefix
 * @param recipients   one entry per recipient block, in report order
 */
public record ParsedNdr(String ndrFor, String reportingMta, List<RecipientStatus> recipients) {

    public ParsedNdr {
        recipients = List.copyOf(recipients);
    }
}
