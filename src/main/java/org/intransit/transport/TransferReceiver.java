package org.intransit.transport;

/**
 * The receiving side of every transport: the server's MTA.
 *
 * <p>Called on the transport's I/O path <em>before</em> the transport acknowledges the
 * transfer, so any follow-up work is on the scenario clock before the sender hears "accepted"
 * (the rule that keeps the virtual clock honest). Must not block for long.
 */
@FunctionalInterface
public interface TransferReceiver {

    /**
     * @param callerServer the name of the sending server, as its bind named it
     * @return {@code null} to accept, or a refusal the transport sends back
     */
    Refusal receive(String callerServer, Transfer transfer);

    /** A refusal of one transfer; {@code permanent} refusals are not retried. */
    record Refusal(boolean permanent, String reason) {}
}
