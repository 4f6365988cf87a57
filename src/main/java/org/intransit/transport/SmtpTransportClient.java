package org.intransit.transport;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code smtp} transport: a Jakarta Mail client to the next server's SubEthaSMTP listener.
 * Each {@link #open association} is one SMTP connection, opened by its first transfer and
 * reused by the next ones (RSET between messages, which also tells whether the server is still
 * there; a connection found gone is opened again), and closed with QUIT. SMTP has no bind:
 * credentials name the caller only (as its EHLO name, so the receiver knows which server handed
 * the mail over).
 *
 * <p>Outcomes: a 2xx to the end of DATA is {@code Accepted}; a 4xx or 5xx reply is
 * {@code Rejected} (permanent for 5xx); no connection is {@code Unreachable(1722)}; a connection
 * that breaks once a transaction began is {@code Broken}.
 */
public final class SmtpTransportClient implements TransportClient {

    private final Duration timeout;
    private final Set<SmtpSender> open = ConcurrentHashMap.newKeySet();

    /** @param timeout connect, read and write timeout of the socket (wall time) */
    public SmtpTransportClient(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public Association open(InetSocketAddress target, Credentials credentials) {
        SmtpSender sender = new SmtpSender(credentials.callerServer(), target, timeout);
        open.add(sender);
        return new Association() {
            @Override
            public TransferResult transfer(Transfer transfer) {
                return toTransferResult(sender.send(transfer.originator(), transfer.recipients(), transfer.content()));
            }

            @Override
            public void close() {
                open.remove(sender);
                sender.close();
            }
        };
    }

    private static TransferResult toTransferResult(SendResult result) {
        if (result instanceof SendResult.Accepted) {
            return new TransferResult.Accepted();
        }
        if (result instanceof SendResult.Rejected rejected) {
            return new TransferResult.Rejected(rejected.permanent(), rejected.reply());
        }
        SendResult.Failed failed = (SendResult.Failed) result;
        return failed.afterData() ? new TransferResult.Broken(failed.reason())
                : new TransferResult.Unreachable(TransferResult.ERROR_SERVER_UNAVAILABLE, failed.reason());
    }

    @Override
    public void close() {
        open.forEach(SmtpSender::close);
        open.clear();
    }
}
