package org.intransit.mta;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.intransit.transport.Credentials;
import org.intransit.transport.Transfer;
import org.intransit.transport.TransferResult;
import org.intransit.transport.rpc.RpcClient;
import org.intransit.transport.rpc.RpcServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A queue run's association against a real RPC listener, counting binds (the listener reads its
 * trusted account once per bind): one bind for a whole run, a new bind when the credentials a
 * message is sent with change.
 */
@Timeout(30)
class RunAssociationTest {

    private static final String TRUSTED = "CONTOSO\\svc-site2";
    private static final Credentials TRUSTED_CALLER = new Credentials("EX55C", TRUSTED, "EX55C", null);
    private static final Credentials UNTRUSTED_CALLER = new Credentials("EX55C", "CONTOSO\\svc-site1", "EX55C", null);

    private EventLoopGroup group;
    private RpcClient client;
    private final AtomicInteger binds = new AtomicInteger();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private RpcServer server;

    @BeforeEach
    void start() {
        group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        client = new RpcClient(group, Duration.ofSeconds(10));
        server = RpcServer.start(group, InetAddress.getLoopbackAddress(), 0, "EX03B", () -> {
            binds.incrementAndGet();
            return TRUSTED;
        }, (caller, t) -> {
            received.add(t.trace());
            return null;
        });
    }

    @AfterEach
    void stop() {
        server.close();
        client.close();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private static Transfer message(String trace) {
        return new Transfer(trace, "bob@contoso.example", List.of("dave@contoso.example"), List.of(),
                ("X-Intransit-Trace: " + trace + "\r\n\r\nhello\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void runShouldBindOnceForEveryMessageItSends() {
        List<TransferResult> results = new ArrayList<>();
        try (RunAssociation association = new RunAssociation(client)) {
            for (int i = 0; i < 25; i++) {
                results.add(association.transfer(server.address(), TRUSTED_CALLER, message("run-" + i)));
            }
        }

        assertThat(results).hasSize(25).allSatisfy(r -> assertThat(r).isInstanceOf(TransferResult.Accepted.class));
        assertThat(received).hasSize(25).startsWith("run-0").endsWith("run-24");
        assertThat(binds).hasValue(1);
    }

    @Test
    void runShouldBindAgainWithTheNewCredentialsWhenTheyChangeBetweenMessages() {
        TransferResult first;
        TransferResult refused;
        TransferResult third;
        try (RunAssociation association = new RunAssociation(client)) {
            first = association.transfer(server.address(), TRUSTED_CALLER, message("trusted-1"));
            refused = association.transfer(server.address(), UNTRUSTED_CALLER, message("untrusted"));
            third = association.transfer(server.address(), TRUSTED_CALLER, message("trusted-2"));
        }

        assertThat(first).isInstanceOf(TransferResult.Accepted.class);
        assertThat(refused).isInstanceOfSatisfying(TransferResult.BindRefused.class,
                r -> assertThat(r.error()).isEqualTo(TransferResult.ERROR_ACCESS_DENIED));
        assertThat(third).isInstanceOf(TransferResult.Accepted.class);
        assertThat(received).containsExactly("trusted-1", "trusted-2");
        assertThat(binds).hasValue(3);
    }
}
