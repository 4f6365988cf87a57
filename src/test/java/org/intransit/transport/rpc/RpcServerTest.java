package org.intransit.transport.rpc;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.intransit.transport.Credentials;
import org.intransit.transport.TransferReceiver;
import org.intransit.transport.TransferResult;
import org.intransit.transport.TransportContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The listener over real sockets: trust, ordering of receiver and ack, and shutdown. */
@Timeout(30)
class RpcServerTest {

    private static final Credentials SITE1 = new Credentials("EXA", RpcTransportTest.SITE1_ACCOUNT, "EXA", null);
    private static final Credentials SITE2 = new Credentials("EXA", "CONTOSO\\svc-site2", "EXA", null);

    private EventLoopGroup group;
    private RpcClient client;

    @BeforeEach
    void startEventLoops() {
        group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        client = new RpcClient(group, Duration.ofSeconds(10));
    }

    @AfterEach
    void stopEventLoops() {
        client.close();
        group.shutdownGracefully(0, 1, SECONDS).syncUninterruptibly();
    }

    private RpcServer start(AtomicReference<String> account, TransferReceiver receiver) {
        return RpcServer.start(group, InetAddress.getLoopbackAddress(), 0, "EXB", account::get, receiver);
    }

    @Test
    void bindShouldBeRefusedWithError5NamingTheAccountWhenTheAccountIsNotTrusted() {
        try (RpcServer server = start(new AtomicReference<>(SITE1.account()), (caller, t) -> null)) {
            assertThat(client.transfer(server.address(), SITE2, TransportContract.sample("untrusted", 100)))
                    .isEqualTo(new TransferResult.BindRefused(5,
                            "access denied: the presented service account is not trusted by EXB"));
        }
    }

    @Test
    void bindShouldBeRefusedForTheOldAccountWhenTheServiceAccountChangedAfterStart() {
        AtomicReference<String> account = new AtomicReference<>(SITE1.account());
        try (RpcServer server = start(account, (caller, t) -> null)) {
            TransferResult before = client.transfer(server.address(), SITE1, TransportContract.sample("before", 100));
            account.set(SITE2.account());
            TransferResult oldAccount = client.transfer(server.address(), SITE1, TransportContract.sample("old", 100));
            TransferResult newAccount = client.transfer(server.address(), SITE2, TransportContract.sample("new", 100));

            assertThat(before).isInstanceOf(TransferResult.Accepted.class);
            assertThat(oldAccount)
                    .isInstanceOfSatisfying(TransferResult.BindRefused.class, r -> assertThat(r.error()).isEqualTo(5));
            assertThat(newAccount).isInstanceOf(TransferResult.Accepted.class);
        }
    }

    @Test
    void receiverShouldRunBeforeTheClientSeesTheAck() {
        AtomicInteger sequence = new AtomicInteger();
        AtomicInteger receivedAt = new AtomicInteger();
        try (RpcServer server = start(new AtomicReference<>(SITE1.account()), (caller, t) -> {
            receivedAt.set(sequence.incrementAndGet());
            return null;
        })) {
            TransferResult result = client.transfer(server.address(), SITE1, TransportContract.sample("order", 100));
            int returnedAt = sequence.incrementAndGet();

            assertThat(result).isInstanceOf(TransferResult.Accepted.class);
            assertThat(receivedAt.get()).isPositive().isLessThan(returnedAt);
        }
    }

    @Test
    void transferShouldNotReturnWhileTheReceiverIsStillWorking() throws Exception {
        CountDownLatch inReceiver = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (RpcServer server = start(new AtomicReference<>(SITE1.account()), (caller, t) -> {
            inReceiver.countDown();
            try {
                release.await(10, SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        })) {
            CompletableFuture<TransferResult> pending = CompletableFuture.supplyAsync(
                    () -> client.transfer(server.address(), SITE1, TransportContract.sample("slow", 100)));

            assertThat(inReceiver.await(10, SECONDS)).isTrue();
            assertThatThrownBy(() -> pending.get(300, MILLISECONDS)).isInstanceOf(TimeoutException.class);
            release.countDown();
            assertThat(pending.get(10, SECONDS)).isInstanceOf(TransferResult.Accepted.class);
        }
    }

    @Test
    void closeShouldEndAConnectionThatIsBound() throws Exception {
        RpcServer server = start(new AtomicReference<>("CONTOSO\\svc"), (caller, t) -> null);
        ByteBuf bind = RpcWire.encode(new RpcPdu.Bind("EXA", "CONTOSO\\svc"));
        try (Socket socket = new Socket(server.address().getAddress(), server.address().getPort())) {
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            socket.getOutputStream().write(ByteBufUtil.getBytes(bind));
            assertThat(ByteBufUtil.hexDump(in.readNBytes(5))).as("BindAck").isEqualTo("0000000102");

            server.close();

            assertThat(in.read()).isEqualTo(-1);
        } finally {
            bind.release();
        }
    }

    @Test
    void startShouldFailWhenThePortIsTaken() {
        try (RpcServer first = start(new AtomicReference<>("a"), (caller, t) -> null)) {
            int port = first.address().getPort();
            assertThatThrownBy(() -> RpcServer.start(group, InetAddress.getLoopbackAddress(), port, "EXC", () -> "a",
                    (caller, t) -> null)).isInstanceOf(IllegalStateException.class).hasMessageContaining("EXC");
        }
    }
}
