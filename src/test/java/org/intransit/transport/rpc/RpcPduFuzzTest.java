package org.intransit.transport.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.CorruptedFrameException;
import java.util.ArrayList;
import java.util.List;
import org.intransit.transport.ConnectionWatch;
import org.intransit.transport.ConnectionWatchHandler;
import org.intransit.transport.Transfer;

/**
 * Fuzz targets for the RPC decoding path. In a normal build Jazzer runs only the regression
 * inputs under {@code src/test/resources/org/intransit/transport/rpc/RpcPduFuzzTestInputs/<method>/};
 * {@code JAZZER_FUZZ=1 mvn test -Dtest='RpcPduFuzzTest#<method>'} fuzzes one target for real and
 * writes any crash there as a new regression input.
 *
 * <p>Invariants: the PDU reader answers any frame with a PDU or a {@link CorruptedFrameException}
 * (never an {@code IndexOutOfBoundsException}, a {@code NullPointerException}, ...), and a PDU it
 * decoded encodes back to the same PDU; the server's whole pipeline lets no exception escape
 * (an escaped one would surface from {@link EmbeddedChannel#writeInbound}) and hands the
 * receiver only transfers it can account for.
 */
class RpcPduFuzzTest {

    static final String TRUSTED = "CONTOSO\\svc-site1";

    @FuzzTest(maxDuration = "30s")
    void rpcPduReaderShouldDecodeOrRejectAsCorruptWhenTheFrameIsArbitrary(byte[] frame) {
        ByteBuf in = Unpooled.wrappedBuffer(frame);
        RpcPdu pdu;
        try {
            pdu = RpcPduReader.read(in);
        } catch (CorruptedFrameException expected) {
            return;
        }
        ByteBuf again = Unpooled.buffer();
        RpcPduWriter.write(pdu, again);
        assertThat(RpcPduReader.read(again)).as("re-encoded %s", pdu).isEqualTo(pdu);
    }

    /**
     * @param input the first byte picks the size of each read (1..256 bytes), the rest is what
     *     a caller sends; seeds are that byte followed by real traffic
     */
    @FuzzTest(maxDuration = "30s")
    void rpcServerPipelineShouldAnswerOrCloseButNeverThrowWhenTheWireIsArbitrary(byte[] input) {
        if (input.length == 0) {
            return;
        }
        List<Transfer> received = new ArrayList<>();
        EmbeddedChannel server = serverPipeline(received);
        try {
            int readSize = (input[0] & 0xff) + 1;
            for (int at = 1; at < input.length && server.isOpen(); at += readSize) {
                server.writeInbound(Unpooled.wrappedBuffer(input, at, Math.min(readSize, input.length - at)));
            }
            assertThat(received).allSatisfy(RpcPduFuzzTest::accountable);
        } finally {
            server.finishAndReleaseAll();
        }
    }

    /** The pipeline {@link RpcServerInitializer} builds, on an {@link EmbeddedChannel}. */
    static EmbeddedChannel serverPipeline(List<Transfer> received) {
        return new EmbeddedChannel(RpcFraming.decoder(), RpcFraming.encoder(), RpcPduCodec.INSTANCE,
                new RpcServerHandler("EXB", () -> TRUSTED, (caller, t) -> {
                    received.add(t);
                    return null;
                }), new ConnectionWatchHandler("rpc", ConnectionWatch.DEFAULT));
    }

    /** What the MTA needs of a transfer to record it in the ledger and route it. */
    static void accountable(Transfer t) {
        assertThat(t.trace()).as("trace").isNotNull();
        assertThat(t.originator()).as("originator").isNotNull();
        assertThat(t.recipients()).as("recipients").isNotEmpty();
    }
}
