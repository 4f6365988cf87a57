/**
 * Non-delivery reports: RFC 3464 {@code multipart/report} messages that carry both the RFC 3463
 * status and the X.400 reason/diagnostic an Exchange 5.5 MTA reports, built by {@link
 * org.intransit.mta.ndr.NdrFactory} and read back by {@link org.intransit.mta.ndr.NdrReader}.
 */
package org.intransit.mta.ndr;
