package org.intransit.mta.ndr;

import java.util.Arrays;
import java.util.Optional;

/**
 * X.411 {@code NonDeliveryReasonCode}: the coarse "why" an X.400 MTA (and so an Exchange 5.5 MTA)
 * puts on a non-delivery report, next to a {@link X400Diagnostic}. Exchange shows both numbers in
 * event 290 and in the NDR text, which is why the harness carries them beside the RFC 3463 status.
 *
 * <p>The harness itself uses {@link #UNABLE_TO_TRANSFER} (the MTA decided it cannot route the
 * message: unknown recipient, loop, expiry) and {@link #TRANSFER_FAILURE} (it tried to hand the
 * message on and kept failing, as in KB 230497).
 */
public enum X400Reason {
    TRANSFER_FAILURE(0, "transfer-failure"),
    UNABLE_TO_TRANSFER(1, "unable-to-transfer"),
    CONVERSION_NOT_PERFORMED(2, "conversion-not-performed"),
    PHYSICAL_RENDITION_NOT_PERFORMED(3, "physical-rendition-not-performed"),
    PHYSICAL_DELIVERY_NOT_PERFORMED(4, "physical-delivery-not-performed"),
    RESTRICTED_DELIVERY(5, "restricted-delivery"),
    DIRECTORY_OPERATION_UNSUCCESSFUL(6, "directory-operation-unsuccessful"),
    DEFERRED_DELIVERY_NOT_PERFORMED(7, "deferred-delivery-not-performed"),
    TRANSFER_FAILURE_FOR_SECURITY_REASON(8, "transfer-failure-for-security-reason");

    private final int code;
    private final String label;

    X400Reason(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    /** The ASN.1 name as X.411 spells it, e.g. {@code unable-to-transfer}. */
    public String label() {
        return label;
    }

    /** {@code "<code> <name>"}, the form of the {@code X-X400-Reason} DSN field. */
    public String field() {
        return code + " " + label;
    }

    public static Optional<X400Reason> ofCode(int code) {
        return Arrays.stream(values()).filter(r -> r.code == code).findFirst();
    }
}
