package org.intransit.transport;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Reused SMTP connections, one per sending thread and destination, so a pool of worker threads
 * can send without sharing a {@link SmtpSender}. {@link #close()} closes every connection opened
 * through it, from any thread, once the workers are done.
 */
public final class SmtpConnections implements AutoCloseable {

    private final String heloName;
    private final Duration timeout;
    private final List<SmtpSender> opened = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Map<InetSocketAddress, SmtpSender>> perThread = ThreadLocal.withInitial(HashMap::new);

    public SmtpConnections(String heloName, Duration timeout) {
        this.heloName = heloName;
        this.timeout = timeout;
    }

    /** The calling thread's connection to {@code target}. */
    public SmtpSender to(InetSocketAddress target) {
        return perThread.get().computeIfAbsent(target, t -> {
            SmtpSender sender = new SmtpSender(heloName, t, timeout);
            opened.add(sender);
            return sender;
        });
    }

    @Override
    public void close() {
        opened.forEach(SmtpSender::close);
        opened.clear();
    }
}
