package org.intransit.mta.ndr;

/**
 * One per-recipient block of a delivery-status report, as read back. Address-typed values lose
 * their RFC 3464 type prefix ({@code rfc822; }, {@code smtp; }), so {@code finalRecipient} is a
 * bare address and {@code diagnosticCode} equals the {@link NdrCause#diagnosticText()} it was
 * written from. A field the report does not carry is {@code ""} (reports from MTAs outside the
 * harness have no X.400 fields).
 *
 * @param x400Reason     {@code "<code> <name>"}, e.g. {@code 1 unable-to-transfer}
 * @param x400Diagnostic {@code "<code> <name>"}, e.g. {@code 5 maximum-time-expired}
 */
public record RecipientStatus(String finalRecipient, String action, String status, String diagnosticCode,
        String x400Reason, String x400Diagnostic) {
}
