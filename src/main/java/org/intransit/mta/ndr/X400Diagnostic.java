package org.intransit.mta.ndr;

import java.util.Arrays;
import java.util.Optional;

/**
 * X.411 {@code NonDeliveryDiagnosticCode}, codes 0–49 (the security diagnostics 50–78 never
 * arise in the harness): the detailed "why" of a non-delivery report, shown by Exchange 5.5 as
 * "diagnostic code N". Names follow X.411 exactly; DOMAIN.md abbreviates some of the
 * {@code undeliverable-mail-*} ones (35 is "recipient-unknown" there).
 */
public enum X400Diagnostic {
    UNRECOGNISED_OR_NAME(0, "unrecognised-OR-name"),
    AMBIGUOUS_OR_NAME(1, "ambiguous-OR-name"),
    MTS_CONGESTION(2, "mts-congestion"),
    LOOP_DETECTED(3, "loop-detected"),
    RECIPIENT_UNAVAILABLE(4, "recipient-unavailable"),
    MAXIMUM_TIME_EXPIRED(5, "maximum-time-expired"),
    ENCODED_INFORMATION_TYPES_UNSUPPORTED(6, "encoded-information-types-unsupported"),
    CONTENT_TOO_LONG(7, "content-too-long"),
    CONVERSION_IMPRACTICAL(8, "conversion-impractical"),
    IMPLICIT_CONVERSION_PROHIBITED(9, "implicit-conversion-prohibited"),
    IMPLICIT_CONVERSION_NOT_SUBSCRIBED(10, "implicit-conversion-not-subscribed"),
    INVALID_ARGUMENTS(11, "invalid-arguments"),
    CONTENT_SYNTAX_ERROR(12, "content-syntax-error"),
    SIZE_CONSTRAINT_VIOLATION(13, "size-constraint-violation"),
    PROTOCOL_VIOLATION(14, "protocol-violation"),
    CONTENT_TYPE_NOT_SUPPORTED(15, "content-type-not-supported"),
    TOO_MANY_RECIPIENTS(16, "too-many-recipients"),
    NO_BILATERAL_AGREEMENT(17, "no-bilateral-agreement"),
    UNSUPPORTED_CRITICAL_FUNCTION(18, "unsupported-critical-function"),
    CONVERSION_WITH_LOSS_PROHIBITED(19, "conversion-with-loss-prohibited"),
    LINE_TOO_LONG(20, "line-too-long"),
    PAGE_SPLIT(21, "page-split"),
    PICTORIAL_SYMBOL_LOSS(22, "pictorial-symbol-loss"),
    PUNCTUATION_SYMBOL_LOSS(23, "punctuation-symbol-loss"),
    ALPHABETIC_CHARACTER_LOSS(24, "alphabetic-character-loss"),
    MULTIPLE_INFORMATION_LOSS(25, "multiple-information-loss"),
    RECIPIENT_REASSIGNMENT_PROHIBITED(26, "recipient-reassignment-prohibited"),
    REDIRECTION_LOOP_DETECTED(27, "redirection-loop-detected"),
    DL_EXPANSION_PROHIBITED(28, "dl-expansion-prohibited"),
    NO_DL_SUBMIT_PERMISSION(29, "no-dl-submit-permission"),
    DL_EXPANSION_FAILURE(30, "dl-expansion-failure"),
    PHYSICAL_RENDITION_ATTRIBUTES_NOT_SUPPORTED(31, "physical-rendition-attributes-not-supported"),
    PD_ADDRESS_INCORRECT(32, "undeliverable-mail-physical-delivery-address-incorrect"),
    PD_OFFICE_INCORRECT_OR_INVALID(33, "undeliverable-mail-physical-delivery-office-incorrect-or-invalid"),
    PD_ADDRESS_INCOMPLETE(34, "undeliverable-mail-physical-delivery-address-incomplete"),
    RECIPIENT_UNKNOWN(35, "undeliverable-mail-recipient-unknown"),
    RECIPIENT_DECEASED(36, "undeliverable-mail-recipient-deceased"),
    ORGANIZATION_EXPIRED(37, "undeliverable-mail-organization-expired"),
    RECIPIENT_REFUSED_TO_ACCEPT(38, "undeliverable-mail-recipient-refused-to-accept"),
    RECIPIENT_DID_NOT_CLAIM(39, "undeliverable-mail-recipient-did-not-claim"),
    RECIPIENT_CHANGED_ADDRESS_PERMANENTLY(40, "undeliverable-mail-recipient-changed-address-permanently"),
    RECIPIENT_CHANGED_ADDRESS_TEMPORARILY(41, "undeliverable-mail-recipient-changed-address-temporarily"),
    RECIPIENT_CHANGED_TEMPORARY_ADDRESS(42, "undeliverable-mail-recipient-changed-temporary-address"),
    NEW_ADDRESS_UNKNOWN(43, "undeliverable-mail-new-address-unknown"),
    RECIPIENT_DID_NOT_WANT_FORWARDING(44, "undeliverable-mail-recipient-did-not-want-forwarding"),
    ORIGINATOR_PROHIBITED_FORWARDING(45, "undeliverable-mail-originator-prohibited-forwarding"),
    SECURE_MESSAGING_ERROR(46, "secure-messaging-error"),
    UNABLE_TO_DOWNGRADE(47, "unable-to-downgrade"),
    UNABLE_TO_COMPLETE_TRANSFER(48, "unable-to-complete-transfer"),
    TRANSFER_ATTEMPTS_LIMIT_REACHED(49, "transfer-attempts-limit-reached");

    private final int code;
    private final String label;

    X400Diagnostic(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    /** The ASN.1 name as X.411 spells it, e.g. {@code maximum-time-expired}. */
    public String label() {
        return label;
    }

    /** {@code "<code> <name>"}, the form of the {@code X-X400-Diagnostic} DSN field. */
    public String field() {
        return code + " " + label;
    }

    public static Optional<X400Diagnostic> ofCode(int code) {
        return Arrays.stream(values()).filter(d -> d.code == code).findFirst();
    }
}
