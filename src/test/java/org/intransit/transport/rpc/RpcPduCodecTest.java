package org.intransit.transport.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.intransit.transport.rpc.RpcWire.encode;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.EncoderException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Well-formed traffic: every PDU type, the documented layout, and frames cut anywhere. */
class RpcPduCodecTest {

    private static final RpcPdu.Transfer TRANSFER = new RpcPdu.Transfer("trace-1", "bob@contoso.example",
            List.of("alice@contoso.example", "zoë@contoso.example"), List.of("EXA", "EXB"),
            "Subject: größe\r\n\r\nbody".repeat(100).getBytes(StandardCharsets.UTF_8));

    static Stream<RpcPdu> everyPdu() {
        return Stream.of(new RpcPdu.Bind("EXA", "CONTOSO\\svc-site1"), new RpcPdu.Bind(null, ""),
                new RpcPdu.BindAck(), new RpcPdu.BindNak(5, "access denied: CONTOSO\\x is not trusted by EXB"),
                TRANSFER, new RpcPdu.Transfer(null, "", List.of(), List.of(), new byte[0]), new RpcPdu.TransferAck(),
                new RpcPdu.TransferNak(true, "550 5.1.1 unknown"), new RpcPdu.TransferNak(false, null),
                new RpcPdu.Unbind());
    }

    @ParameterizedTest
    @MethodSource("everyPdu")
    void codecShouldDecodeWhatItEncodedForEveryPduType(RpcPdu pdu) {
        EmbeddedChannel ch = RpcWire.channel();

        assertThat(ch.writeInbound(encode(pdu))).isTrue();

        assertThat((RpcPdu) ch.readInbound()).isEqualTo(pdu);
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void codecShouldWriteABindInTheDocumentedLayout() {
        ByteBuf wire = encode(new RpcPdu.Bind("EXA", "CONTOSO\\svc"));

        assertThat(ByteBufUtil.hexDump(wire)).isEqualTo("00000017" + "01" + "00000003" + "455841" + "0000000b"
                + ByteBufUtil.hexDump("CONTOSO\\svc".getBytes(StandardCharsets.US_ASCII)));
        wire.release();
    }

    @Test
    void codecShouldDecodeTransferWhenFrameArrivesInTwoReads() {
        EmbeddedChannel ch = RpcWire.channel();
        ByteBuf frame = encode(TRANSFER);

        assertThat(ch.writeInbound(frame.readRetainedSlice(frame.readableBytes() / 2))).isFalse();
        assertThat(ch.writeInbound(frame)).isTrue();

        assertThat((RpcPdu) ch.readInbound()).isEqualTo(TRANSFER);
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void codecShouldDecodeTransferWhenFrameArrivesOneByteAtATime() {
        EmbeddedChannel ch = RpcWire.channel();
        ByteBuf frame = encode(TRANSFER);

        while (frame.readableBytes() > 1) {
            assertThat(ch.writeInbound(frame.readRetainedSlice(1))).isFalse();
        }
        assertThat(ch.writeInbound(frame)).isTrue();

        assertThat((RpcPdu) ch.readInbound()).isEqualTo(TRANSFER);
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void codecShouldDecodeBothPdusWhenTwoFramesArriveInOneRead() {
        EmbeddedChannel ch = RpcWire.channel();

        ch.writeInbound(Unpooled.wrappedBuffer(encode(TRANSFER), encode(new RpcPdu.Unbind())));

        assertThat((RpcPdu) ch.readInbound()).isEqualTo(TRANSFER);
        assertThat((RpcPdu) ch.readInbound()).isEqualTo(new RpcPdu.Unbind());
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void codecShouldCarryAPduOfExactlyTheFrameLimitAndRefuseToEncodeOneByteMore() {
        int overhead = 1 + 5 + 5 + 4 + 4 + 4;
        int fitting = RpcFraming.MAX_PDU_BYTES - overhead;
        RpcPdu fits = new RpcPdu.Transfer("t", "o", List.of(), List.of(), new byte[fitting]);
        RpcPdu tooBig = new RpcPdu.Transfer("t", "o", List.of(), List.of(), new byte[fitting + 1]);
        EmbeddedChannel ch = RpcWire.channel();
        EmbeddedChannel refusing = RpcWire.channel();

        assertThat(ch.writeInbound(encode(fits))).isTrue();
        assertThat((RpcPdu) ch.readInbound()).isEqualTo(fits);
        assertThatThrownBy(() -> refusing.writeOutbound(tooBig)).isInstanceOf(EncoderException.class)
                .hasMessageContaining("exceeds the RPC frame limit");
        refusing.finishAndReleaseAll();
    }
}
