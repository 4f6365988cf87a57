package org.intransit.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.EventExecutor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.intransit.DaemonThreadFactory;

/**
 * Two NIO event loops whose threads report any exception that would kill them, for tests that
 * feed a listener hostile input and must show that no thread died: {@link #assertHealthy()}
 * checks that no thread ended with an uncaught exception and that every loop still runs a task.
 */
public final class WatchedEventLoops implements AutoCloseable {

    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private final EventLoopGroup group;

    public WatchedEventLoops(String role) {
        DaemonThreadFactory daemons = new DaemonThreadFactory(role);
        this.group = new MultiThreadIoEventLoopGroup(2, task -> {
            Thread thread = daemons.newThread(task);
            thread.setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
            return thread;
        }, NioIoHandler.newFactory());
    }

    public EventLoopGroup group() {
        return group;
    }

    /** No loop thread died, and each loop runs a task within 5 s. */
    public void assertHealthy() throws InterruptedException, ExecutionException, TimeoutException {
        assertThat(uncaught).as("uncaught exceptions on event-loop threads").isEmpty();
        for (EventExecutor loop : group) {
            assertThat(loop.submit(() -> Thread.currentThread().getName()).get(5, TimeUnit.SECONDS))
                    .as("a task run by %s", loop).startsWith("intransit-");
        }
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(10, TimeUnit.SECONDS);
    }
}
