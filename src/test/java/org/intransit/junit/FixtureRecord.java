package org.intransit.junit;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.intransit.harness.Harness;
import org.intransit.topology.SimulatedServer;

/** What the fixtures saw, for the tests that launch them: every listener and every harness they were given. */
final class FixtureRecord {

    static final Queue<InetSocketAddress> LISTENERS = new ConcurrentLinkedQueue<>();
    static final Queue<String> HARNESSES = new ConcurrentLinkedQueue<>();

    private FixtureRecord() {}

    static void listeners(Harness harness) {
        for (SimulatedServer server : harness.topology().servers()) {
            for (String transport : List.of("smtp", "rpc", "x400")) {
                server.listenerAddress(transport).ifPresent(LISTENERS::add);
            }
        }
    }

    /** Notes which harness a method got, as {@code <what>:<identity>}. */
    static void harness(String what, Harness harness) {
        HARNESSES.add(what + ":" + System.identityHashCode(harness));
    }

    static void clear() {
        LISTENERS.clear();
        HARNESSES.clear();
    }
}
