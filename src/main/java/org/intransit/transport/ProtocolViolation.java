package org.intransit.transport;

/**
 * Raised (through {@code ChannelHandlerContext.fireExceptionCaught}) by a listener's dialogue
 * handler when a well-formed PDU arrives where the dialogue does not allow it, for example a
 * transfer envelope before the bind. {@link ConnectionWatchHandler} reports it and closes the
 * connection. The message names PDU types and states only, never field values.
 */
public final class ProtocolViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProtocolViolation(String message) {
        super(message, null, false, false);
    }
}
