package org.intransit.clock;

/**
 * A piece of in-flight work the virtual clock must wait for. Closing is idempotent, so a
 * {@code finally} block and an early close on the success path do not double-count.
 */
public interface Activity extends AutoCloseable {

    @Override
    void close();
}
