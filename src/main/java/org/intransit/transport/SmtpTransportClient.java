package org.intransit.transport;

import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * The {@code smtp} transport: a Jakarta Mail client to the next server's SubEthaSMTP listener,
 * one reused connection per worker thread and destination. SMTP has no bind: credentials name
 * the caller only (as its EHLO name, so the receiver knows which server handed the mail over).
 */
public final class SmtpTransportClient implements TransportClient {

    private final Duration timeout;
    private final java.util.Map<String, SmtpConnections> byCaller = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param timeout connect, read and write timeout of the socket (wall time) */
    public SmtpTransportClient(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public TransferResult transfer(InetSocketAddress target, Credentials credentials, Transfer transfer) {
        SmtpSender sender = byCaller.computeIfAbsent(credentials.callerServer(), caller -> new SmtpConnections(caller, timeout))
                .to(target);
        SendResult result = sender.send(transfer.originator(), transfer.recipients(), transfer.content());
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
        byCaller.values().forEach(SmtpConnections::close);
    }
}
