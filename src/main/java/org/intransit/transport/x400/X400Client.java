package org.intransit.transport.x400;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.EventExecutor;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.intransit.transport.Association;
import org.intransit.transport.Credentials;
import org.intransit.transport.TransferResult;
import org.intransit.transport.TransportClient;

/**
 * The calling end of an X.400 connector. Each {@link #open} is an {@link X400Association}:
 * connect ({@code TCP_NODELAY}) → CR/CC → bind with {@link Credentials#mtaName()} and
 * {@link Credentials#password()} on its first transfer, then one envelope → ack or nak per
 * transfer, and Release → DR → close when it is closed.
 *
 * <p>Outcomes: refused connection, or a connection that ends or stays silent before the bind is
 * answered → {@code Unreachable(1722)}; BindError → {@code BindRefused(}{@value
 * #AUTHENTICATION_ERROR}{@code )}; TransferNak → {@code Rejected}; a connection lost or silent
 * after the envelope went out → {@code Broken}. Nothing is thrown for network trouble.
 *
 * <p>A transfer blocks its caller (never an I/O thread of the group) for at most the timeout
 * (default 30 s, wall time) until the outcome is known; closing an association waits up to
 * {@value #RELEASE_GRACE_SECONDS} s more for the peer's DR, as does a transfer that ends the
 * connection. The group is the caller's; {@link #close()} closes associations still open and
 * leaves the group running. Thread-safe; each association is used by one thread.
 */
public final class X400Client implements TransportClient {

    /** The wall-time limit of one transfer unless the constructor says otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** The error of {@code BindRefused}: X.411 MTABindError authentication-error. */
    public static final int AUTHENTICATION_ERROR = 2;

    static final long RELEASE_GRACE_SECONDS = 5;

    private final EventLoopGroup group;
    private final Duration timeout;
    private final Bootstrap bootstrap;
    private final Set<Channel> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger references = new AtomicInteger();

    /** A client with the {@link #DEFAULT_TIMEOUT} of 30 s. */
    public X400Client(EventLoopGroup group) {
        this(group, DEFAULT_TIMEOUT);
    }

    /**
     * @param group the caller's event loops (NIO); shared with other clients and servers is fine
     * @param timeout the wall-time limit of one transfer, connect included
     */
    public X400Client(EventLoopGroup group, Duration timeout) {
        this.group = group;
        this.timeout = timeout;
        this.bootstrap = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(timeout.toMillis(), Integer.MAX_VALUE));
    }

    @Override
    public String name() {
        return "x400";
    }

    @Override
    public Association open(InetSocketAddress target, Credentials credentials) {
        return new X400Association(this, target, credentials);
    }

    void checkNotOnEventLoop() {
        for (EventExecutor loop : group) {
            if (loop.inEventLoop()) {
                throw new IllegalStateException("an X.400 transfer blocks: call it off the event loop");
            }
        }
    }

    boolean isShutDown() {
        return group.isShuttingDown();
    }

    Duration timeout() {
        return timeout;
    }

    /** A non-zero 16-bit SRC-REF for the next CR. */
    int nextReference() {
        return Math.floorMod(references.getAndIncrement(), 0xFFFF) + 1;
    }

    /** Dials {@code target} around {@code handler}; {@code null} when the dial failed at once (the handler knows why). */
    Channel connect(InetSocketAddress target, X400ClientHandler handler) {
        ChannelFuture connect;
        try {
            connect = bootstrap.clone().handler(new X400ClientInitializer(handler)).connect(target);
        } catch (RuntimeException e) {
            handler.connectFailed(e);
            return null;
        }
        Channel channel = connect.channel();
        open.add(channel);
        channel.closeFuture().addListener(f -> open.remove(channel));
        connect.addListener(f -> {
            if (!f.isSuccess()) {
                handler.connectFailed(f.cause());
            }
        });
        return channel;
    }

    /** Releases an idle association ({@code handler} given) or just lets the peer finish; bounded wait, then close. */
    void release(Channel channel, X400ClientHandler handler) {
        if (handler != null) {
            try {
                channel.eventLoop().execute(handler::release);
            } catch (java.util.concurrent.RejectedExecutionException shutDown) {
                channel.close();
            }
        }
        long graceMillis = Math.min(timeout.toMillis(), TimeUnit.SECONDS.toMillis(RELEASE_GRACE_SECONDS));
        channel.closeFuture().awaitUninterruptibly(graceMillis);
        channel.close();
    }

    TransferResult await(X400ClientHandler handler, Channel channel, CompletableFuture<TransferResult> outcome) {
        try {
            return outcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return abandon(handler, outcome, channel, "no answer within " + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return abandon(handler, outcome, channel, "interrupted");
        } catch (ExecutionException e) {
            return abandon(handler, outcome, channel, e.getCause().toString());
        }
    }

    /** Settles the outcome first, so the close that follows cannot name a vaguer cause. */
    private static TransferResult abandon(X400ClientHandler handler, CompletableFuture<TransferResult> outcome,
            Channel channel, String why) {
        TransferResult result = handler.abandon(outcome, why);
        channel.close();
        return result;
    }

    /** Closes associations still open (normally none). Bounded wait. */
    @Override
    public void close() {
        for (Channel channel : List.copyOf(open)) {
            channel.close().awaitUninterruptibly(RELEASE_GRACE_SECONDS, TimeUnit.SECONDS);
        }
    }
}
