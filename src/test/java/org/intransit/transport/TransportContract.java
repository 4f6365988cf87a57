package org.intransit.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.intransit.fabric.Fabric;
import org.intransit.fabric.Link;
import org.intransit.scenario.LinkState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract every transport keeps, as default tests (the James style): each transport's
 * test class implements the three factory methods and inherits these tests. The association
 * tests dial the listener through a real {@link Fabric} link, as servers do in a topology.
 */
@Timeout(30)
public interface TransportContract {

    /** Waits for the asynchronous effects of a link change or a close (connections counted by the link's proxy). */
    ConditionFactory PROMPTLY = Awaitility.with().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
            .atMost(Duration.ofSeconds(10));

    /** A fresh client of the transport under test. */
    TransportClient client();

    /** Starts a listener of the transport for a server named {@code EXB} that hands transfers to {@code receiver}. */
    RunningListener listen(TransferReceiver receiver) throws Exception;

    /** Credentials the listener started by {@link #listen} accepts. */
    Credentials goodCredentials();

    /** A started listener; closing it stops it. */
    interface RunningListener extends AutoCloseable {
        InetSocketAddress address();

        @Override
        void close();
    }

    /** What a receiver saw. */
    record Seen(String caller, Transfer transfer) {}

    static Transfer sample(String trace, int bodyBytes) {
        StringBuilder body = new StringBuilder("X-Intransit-Trace: " + trace + "\r\nSubject: contract\r\n\r\n");
        while (body.length() < bodyBytes) {
            body.append("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789\r\n");
        }
        return new Transfer(trace, "bob@contoso.example", List.of("alice@contoso.example", "carol@contoso.example"),
                List.of("EXA"), body.toString().getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    default void transferShouldHandOverEnvelopeAndContentUnchangedWhenAccepted() throws Exception {
        List<Seen> seen = new CopyOnWriteArrayList<>();
        Transfer sent = sample("contract-1", 4096);
        try (RunningListener listener = listen((caller, t) -> {
                    seen.add(new Seen(caller, t));
                    return null;
                });
                TransportClient client = client()) {
            TransferResult result = client.transfer(listener.address(), goodCredentials(), sent);

            assertThat(result).isInstanceOf(TransferResult.Accepted.class);
        }
        assertThat(seen).singleElement().satisfies(s -> {
            assertThat(s.caller()).isEqualTo(goodCredentials().callerServer());
            assertThat(s.transfer().content()).isEqualTo(sent.content());
            assertThat(s.transfer().recipients()).isEqualTo(sent.recipients());
            assertThat(s.transfer().originator()).isEqualTo(sent.originator());
        });
    }

    @Test
    default void transferShouldCarryLargeContentIntactWhenItSpansManyReads() throws Exception {
        List<Seen> seen = new CopyOnWriteArrayList<>();
        Transfer sent = sample("contract-big", 1_000_000);
        try (RunningListener listener = listen((caller, t) -> {
                    seen.add(new Seen(caller, t));
                    return null;
                });
                TransportClient client = client()) {
            assertThat(client.transfer(listener.address(), goodCredentials(), sent)).isInstanceOf(TransferResult.Accepted.class);
        }
        assertThat(seen).singleElement().satisfies(s -> assertThat(s.transfer().content()).isEqualTo(sent.content()));
    }

    @Test
    default void transferShouldReportEachOutcomeWhenOneClientSendsManyMessages() throws Exception {
        try (RunningListener listener = listen((caller, t) -> t.trace().endsWith("-bad")
                        ? new TransferReceiver.Refusal(true, "550 5.1.1 unknown") : null);
                TransportClient client = client()) {
            for (int i = 0; i < 20; i++) {
                String trace = "many-" + i + (i % 5 == 4 ? "-bad" : "");
                TransferResult result = client.transfer(listener.address(), goodCredentials(), sample(trace, 512));
                if (trace.endsWith("-bad")) {
                    assertThat(result).isInstanceOfSatisfying(TransferResult.Rejected.class,
                            r -> assertThat(r.permanent()).isTrue());
                } else {
                    assertThat(result).as(trace).isInstanceOf(TransferResult.Accepted.class);
                }
            }
        }
    }

    @Test
    default void transferShouldReportATemporaryRefusalAsNotPermanent() throws Exception {
        try (RunningListener listener = listen((caller, t) -> new TransferReceiver.Refusal(false, "451 4.3.0 try later"));
                TransportClient client = client()) {
            assertThat(client.transfer(listener.address(), goodCredentials(), sample("temp", 100)))
                    .isInstanceOfSatisfying(TransferResult.Rejected.class, r -> assertThat(r.permanent()).isFalse());
        }
    }

    @Test
    default void transferShouldReportUnreachableWhenNothingListens() throws Exception {
        int freePort;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            freePort = probe.getLocalPort();
        }
        try (TransportClient client = client()) {
            TransferResult result = client.transfer(new InetSocketAddress("127.0.0.1", freePort), goodCredentials(),
                    sample("nowhere", 100));

            assertThat(result).isInstanceOf(TransferResult.Unreachable.class);
        }
    }

    @Test
    default void associationShouldCarryEveryMessageOverOneConnectionUntilItIsClosed() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        List<TransferResult> results = new ArrayList<>();
        EventLoopGroup loops = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try (RunningListener listener = listen((caller, t) -> {
                    seen.add(t.trace());
                    return t.trace().endsWith("-bad") ? new TransferReceiver.Refusal(true, "550 5.1.1 unknown") : null;
                });
                Fabric fabric = new Fabric(loops, InetAddress.getLoopbackAddress());
                TransportClient client = client()) {
            InetSocketAddress proxy = fabric.route("EXA", "EXB", listener.address());
            Link link = fabric.link("EXA", "EXB");
            try (Association association = client.open(proxy, goodCredentials())) {
                for (int i = 0; i < 10; i++) {
                    results.add(association.transfer(sample("reused-" + i + (i == 4 ? "-bad" : ""), 512)));
                }
                PROMPTLY.during(Duration.ofMillis(300)).until(link::connectionCount, n -> n == 1);
            }
            PROMPTLY.until(link::connectionCount, n -> n == 0);
        } finally {
            loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
        assertThat(seen).hasSize(10);
        assertThat(results).filteredOn(r -> r instanceof TransferResult.Accepted).hasSize(9);
        assertThat(results.get(4)).isInstanceOfSatisfying(TransferResult.Rejected.class, r -> assertThat(r.permanent()).isTrue());
    }

    @Test
    default void associationShouldFailTheTransferAndThenReconnectWhenTheLinkWentDownBetweenTransfers() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        EventLoopGroup loops = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        TransferResult before;
        TransferResult during;
        TransferResult after;
        try (RunningListener listener = listen((caller, t) -> {
                    seen.add(t.trace());
                    return null;
                });
                Fabric fabric = new Fabric(loops, InetAddress.getLoopbackAddress());
                TransportClient client = client();
                Association association = client.open(fabric.route("EXA", "EXB", listener.address()), goodCredentials())) {
            Link link = fabric.link("EXA", "EXB");
            before = association.transfer(sample("before-cut", 256));
            link.setState(LinkState.DOWN);
            PROMPTLY.until(link::connectionCount, n -> n == 0);
            during = association.transfer(sample("during-cut", 256));
            link.setState(LinkState.UP);
            after = association.transfer(sample("after-cut", 256));
        } finally {
            loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
        assertThat(before).isInstanceOf(TransferResult.Accepted.class);
        assertThat(during).as("no message silently lost: the sender keeps it").isInstanceOfAny(
                TransferResult.Unreachable.class, TransferResult.Broken.class);
        assertThat(after).as("a fresh connection once the link is back").isInstanceOf(TransferResult.Accepted.class);
        assertThat(seen).containsExactly("before-cut", "after-cut");
    }
}
