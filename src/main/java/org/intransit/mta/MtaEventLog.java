package org.intransit.mta;

import org.intransit.ledger.Ledger;
import org.intransit.ledger.LedgerEvent;

/**
 * A server's MTA event log, in the spirit of the MSExchangeMTA source of the Windows event log.
 * Every entry also goes to the ledger, so {@code summary.json} counts them by id.
 *
 * <p>Ids: {@value #RPC_BIND_FAILED} is the Exchange 5.5 MTA's "unable to bind over RPC", with
 * error 5 (access denied: no trust between the service accounts) or 1722 (the RPC server is
 * unavailable) in its text; {@value #NDR} is its non-delivery report entry. (9322, "MtaBindBack
 * failed", is not modelled.) The other ids are intransit's own numbering for the same kind of
 * entry (the Exchange numbers are unverified), and the 4000s are the listeners' own entries
 * (a connection or a message that did not make it): see {@code docs/mta-events.md}.
 */
public final class MtaEventLog {

    /** An RPC bind failed: error 5 (access denied) or 1722 (the RPC server is unavailable). */
    public static final int RPC_BIND_FAILED = 9318;
    /** Kept for readability where the cause is access denied; the same id as {@link #RPC_BIND_FAILED}. */
    public static final int RPC_BIND_DENIED = RPC_BIND_FAILED;
    public static final int NDR = 290;
    public static final int X400_BIND_REFUSED = 9301;
    public static final int CONNECTOR_UNREACHABLE = 9302;
    public static final int TRANSFER_FAILED = 9303;
    public static final int MESSAGE_EXPIRED = 3030;
    public static final int OPEN_RETRIES_EXHAUSTED = 3031;
    /**
     * The RPC or X.400 listener closed a connection on a protocol error. Next to the SMTP
     * listener's 4001 and 4002 (see {@code topology.ListenerEvents}).
     */
    public static final int LISTENER_PROTOCOL_ERROR = 4003;
    /** The RPC or X.400 listener closed a connection that sent nothing for its idle timeout. */
    public static final int LISTENER_IDLE_TIMEOUT = 4004;

    private final String server;
    private final Ledger ledger;

    public MtaEventLog(String server, Ledger ledger) {
        this.server = server;
        this.ledger = ledger;
    }

    public void log(int id, String text) {
        ledger.record((at, wall) -> new LedgerEvent.MtaEventLogged(at, wall, server, id, text));
    }
}
