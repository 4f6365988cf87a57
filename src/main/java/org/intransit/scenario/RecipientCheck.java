package org.intransit.scenario;

/**
 * What a listener does with an unknown recipient in one of the organization's domains:
 * {@code reject} refuses it at RCPT with {@code 550 5.1.1}; {@code accept} takes the message and
 * leaves it to the MTA to bounce.
 */
public enum RecipientCheck {
    REJECT,
    ACCEPT
}
