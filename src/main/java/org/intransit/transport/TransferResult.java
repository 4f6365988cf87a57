package org.intransit.transport;

/**
 * What the sending side of a transfer saw. The MTA maps each to its retry policy: a refused
 * bind or an unreachable peer is an <em>open</em> failure (open retry interval), a broken
 * transfer is a <em>transfer</em> failure, a rejection is final for that recipient.
 */
public sealed interface TransferResult {

    /** The next hop acknowledged the message: it is responsible now. */
    record Accepted() implements TransferResult {}

    /**
     * The peer answered but refused the association: RPC error 5 (access denied) for an
     * untrusted service account, or an X.400 bind refused for a wrong MTA name or password.
     */
    record BindRefused(int error, String reason) implements TransferResult {}

    /** No association: connection refused, reset or timed out before the bind (RPC error 1722). */
    record Unreachable(int error, String reason) implements TransferResult {}

    /** The peer took the association but refused this message. */
    record Rejected(boolean permanent, String reason) implements TransferResult {}

    /** The connection broke after the content was sent: the peer may hold the message. */
    record Broken(String reason) implements TransferResult {}

    /** RPC's "access denied". */
    int ERROR_ACCESS_DENIED = 5;

    /** RPC's "the RPC server is unavailable". */
    int ERROR_SERVER_UNAVAILABLE = 1722;
}
