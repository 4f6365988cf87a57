package org.intransit.topology;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import org.intransit.ledger.Ledger;
import org.intransit.mta.MtaEventLog;

/**
 * What a server's SMTP listener writes to its MTA event log (and so to the ledger) when a
 * message did not arrive: the client went away or stalled during DATA, or the message was over
 * the size limit. Commands refused with a reply leave no entry; the client has the reply.
 *
 * <p>The ids, {@value #DATA_ABORTED} and {@value #MESSAGE_TOO_LARGE}, are intransit's own and
 * kept apart from the range of the MTA's entries ({@link MtaEventLog}).
 */
final class ListenerEvents {

    /** The client disconnected or stalled before the final dot: nothing was accepted. */
    static final int DATA_ABORTED = 4001;
    /** A message over {@code limits.maxMessageSize} was refused with 552. */
    static final int MESSAGE_TOO_LARGE = 4002;

    private final MtaEventLog log;

    ListenerEvents(String server, Ledger ledger) {
        this.log = new MtaEventLog(server, ledger);
    }

    void dataAborted(SocketAddress client, String from, List<String> recipients, String why) {
        log.log(DATA_ABORTED, "SMTP client " + describe(client) + " " + why + " during DATA of the message from <" + from
                + "> to " + recipients + "; nothing was accepted.");
    }

    void tooLarge(SocketAddress client, String from, List<String> recipients, long seen, int limit) {
        log.log(MESSAGE_TOO_LARGE, "SMTP client " + describe(client) + " sent a message from <" + from + "> to "
                + recipients + " over the size limit of " + limit + " bytes (" + seen + " bytes read); refused with 552.");
    }

    private static String describe(SocketAddress client) {
        if (client instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress() + ":" + inet.getPort();
        }
        return String.valueOf(client);
    }
}
