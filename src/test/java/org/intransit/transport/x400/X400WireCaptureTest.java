package org.intransit.transport.x400;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.channel.EventLoopGroup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.intransit.fault.HostilePeer;
import org.intransit.transport.Credentials;
import org.intransit.transport.TransferReceiver;
import org.intransit.transport.TransferResult;
import org.intransit.transport.TransportContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wireshark is the referee for "wire-correct": three real associations are captured on loopback
 * (an accepted transfer, a refused message, a refused bind: between them every TPDU and every
 * MTA PDU) and dissected as TPKT. Every TPDU must come out as COTP, no payload may be claimed by
 * another dissector, and nothing may be malformed or carry error-level expert info. A fourth
 * capture holds the ER the responder answers a DT over the TPDU size with. Needs tshark
 * and the right to capture on {@code lo} (root, or dumpcap's capabilities); skipped, saying why,
 * where either is missing.
 */
@Timeout(120)
class X400WireCaptureTest {

    private static final Credentials GOOD = new Credentials("EXA", "svc", "EXA", X400TransportTest.PASSWORD);
    private static final String[] OUR_LAYERS = {"eth", "ethertype", "ip", "tcp", "tpkt", "cotp", "data"};
    private static final Credentials BAD = new Credentials("EXA", "svc", "EXA", "hunter2");

    /** Kept when the test fails, so the capture can be opened in Wireshark. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dir;

    @Test
    void wiresharkShouldDissectEveryTpduOfThreeAssociationsWithoutMalformedPackets() throws Exception {
        assumeTrue(Tshark.installed(), "tshark is not installed: apt-get install tshark");
        EventLoopGroup group = X400TransportTest.newGroup("x400-wire-test");
        Path pcap = dir.resolve("x400.pcap");
        TransferReceiver receiver = (caller, t) -> t.trace().endsWith("-bad") ? new TransferReceiver.Refusal(true,
                "550 5.1.1 unknown") : null;
        int port;
        try (X400Server server = X400TransportTest.listenAsExb(group, receiver);
                X400Client client = new X400Client(group, Duration.ofSeconds(10));
                Tshark tshark = new Tshark()) {
            port = server.address().getPort();
            assumeTrue(tshark.startCapture(port, pcap), "tshark cannot capture on lo here: " + tshark.stderr());
            assumeTrue(tshark.awaitLive(server.address()), "tshark sees no packets on lo here: " + tshark.stderr());
            CompletableFuture<Void> allDisconnected = tshark.summaryLines("DR TPDU", 3);

            TransferResult accepted = client.transfer(server.address(), GOOD, TransportContract.sample("wire-1", 6000));
            TransferResult rejected = client.transfer(server.address(), GOOD, TransportContract.sample("wire-2-bad", 100));
            TransferResult refused = client.transfer(server.address(), BAD, TransportContract.sample("wire-3", 100));

            assertThat(accepted).isInstanceOf(TransferResult.Accepted.class);
            assertThat(rejected).isInstanceOf(TransferResult.Rejected.class);
            assertThat(refused).isInstanceOf(TransferResult.BindRefused.class);
            allDisconnected.get(30, TimeUnit.SECONDS);
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(10, TimeUnit.SECONDS);
        }

        List<String> decodeAs = List.of("-r", pcap.toString(), "-d", "tcp.port==" + port + ",tpkt");
        String verbose = read(decodeAs, "-V");
        List<String> types = lines(read(decodeAs, "-Y", "cotp", "-T", "fields", "-e", "cotp.type").replace(',', '\n'));
        List<String> stacks = lines(read(decodeAs, "-Y", "tpkt", "-T", "fields", "-e", "frame.protocols"));

        assertThat(verbose).as("the dissection, kept in " + pcap).contains("TPKT, Version: 3, Length:")
                .contains("ISO 8073/X.224 COTP Connection-Oriented Transport Protocol")
                .doesNotContain("Malformed Packet").doesNotContain("[Malformed").doesNotContain("Expert Info (Error");
        assertThat(types).as("COTP types: CR 0x0e, CC 0x0d, DT 0x0f, DR 0x08")
                .containsOnly("0x0e", "0x0d", "0x0f", "0x08").startsWith("0x0e", "0x0d").endsWith("0x08");
        assertThat(types).filteredOn("0x0e"::equals).hasSize(3);
        assertThat(types).filteredOn("0x0d"::equals).hasSize(3);
        assertThat(types).filteredOn("0x08"::equals).hasSize(3);
        assertThat(types).filteredOn("0x0f"::equals).hasSizeGreaterThanOrEqualTo(11);
        assertThat(stacks).as("no dissector above COTP claims the MTA PDUs (they show as plain data)")
                .flatMap(stack -> List.of(stack.split(":"))).containsOnly(OUR_LAYERS);
    }

    @Test
    void wiresharkShouldDissectTheErAnsweringADtOverTheTpduSize() throws Exception {
        assumeTrue(Tshark.installed(), "tshark is not installed: apt-get install tshark");
        EventLoopGroup group = X400TransportTest.newGroup("x400-wire-er-test");
        Path pcap = dir.resolve("x400-er.pcap");
        int port;
        try (X400Server server = X400TransportTest.listenAsExb(group, (caller, t) -> null);
                Tshark tshark = new Tshark()) {
            port = server.address().getPort();
            assumeTrue(tshark.startCapture(port, pcap), "tshark cannot capture on lo here: " + tshark.stderr());
            assumeTrue(tshark.awaitLive(server.address()), "tshark sees no packets on lo here: " + tshark.stderr());
            CompletableFuture<Void> answered = tshark.summaryLines("ER TPDU", 1);

            try (HostilePeer peer = HostilePeer.connect(server.address())) {
                peer.sendHex("0300 000e 09e0 0000 4242 00 c0010b").read(14);
                peer.sendHex("0300 0805 02f080" + "00".repeat(2046)).readUntilClosed();
            }
            answered.get(30, TimeUnit.SECONDS);
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(10, TimeUnit.SECONDS);
        }

        List<String> decodeAs = List.of("-r", pcap.toString(), "-d", "tcp.port==" + port + ",tpkt");
        String verbose = read(decodeAs, "-V");
        List<String> types = lines(read(decodeAs, "-Y", "cotp", "-T", "fields", "-e", "cotp.type").replace(',', '\n'));

        assertThat(types).as("COTP types: CR 0x0e, CC 0x0d, DT 0x0f, ER 0x07").containsExactly("0x0e", "0x0d", "0x0f", "0x07");
        assertThat(verbose).as("the dissection, kept in " + pcap).contains("PDU Type: ER TPDU Error (0x07)")
                .contains("Destination reference: 0x4242").contains("Reject cause: Reason not specified (0)")
                .doesNotContain("Malformed Packet").doesNotContain("[Malformed").doesNotContain("Expert Info (Error");
    }

    private static String read(List<String> source, String... arguments) throws Exception {
        List<String> all = new ArrayList<>(source);
        all.addAll(List.of(arguments));
        return new Tshark().read(all);
    }

    private static List<String> lines(String output) {
        return Arrays.asList(output.strip().split("\\R"));
    }
}
