package org.intransit.transport.x400;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.intransit.transport.x400.TpktDecoderTest.bytes;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CotpCodecTest {

    private final EmbeddedChannel channel = new EmbeddedChannel(new CotpCodec());

    @AfterEach
    void finish() {
        channel.finishAndReleaseAll();
    }

    private String encode(Tpdu tpdu) {
        channel.writeOutbound(tpdu);
        ByteBuf out = channel.readOutbound();
        try {
            return ByteBufUtil.hexDump(out);
        } finally {
            out.release();
        }
    }

    private Tpdu decode(String hex) {
        channel.writeInbound(bytes(hex));
        return channel.readInbound();
    }

    @Test
    void cotpCodecShouldEncodeConnectionRequestWithClassZeroAndTpduSize() {
        String hex = encode(new Tpdu.ConnectionRequest(0x1234, TpduSize.CLASS_0_MAX));

        assertThat(hex).isEqualTo("09e00000123400c0010b");
        assertThat(decode(hex)).isEqualTo(new Tpdu.ConnectionRequest(0x1234, TpduSize.CLASS_0_MAX));
    }

    @Test
    void cotpCodecShouldEncodeConnectionConfirmWithBothReferences() {
        String hex = encode(new Tpdu.ConnectionConfirm(0x1234, 0x0001, new TpduSize(0x0A)));

        assertThat(hex).isEqualTo("09d01234000100c0010a");
        assertThat(decode(hex)).isEqualTo(new Tpdu.ConnectionConfirm(0x1234, 0x0001, new TpduSize(0x0A)));
    }

    @Test
    void cotpCodecShouldRoundTripDisconnectRequest() {
        String hex = encode(new Tpdu.DisconnectRequest(0x1234, 0x0001, Tpdu.REASON_NORMAL));

        assertThat(hex).isEqualTo("06801234000180");
        assertThat(decode(hex)).isEqualTo(new Tpdu.DisconnectRequest(0x1234, 0x0001, 0x80));
    }

    @Test
    void cotpCodecShouldRoundTripDataWithAndWithoutEndOfTsdu() {
        assertThat(encode(new Tpdu.Data(true, new byte[] {0x61, 0x00}))).isEqualTo("02f0806100");
        assertThat(encode(new Tpdu.Data(false, new byte[] {0x61}))).isEqualTo("02f00061");

        Tpdu.Data last = (Tpdu.Data) decode("02f0806100");
        Tpdu.Data middle = (Tpdu.Data) decode("02f00061");
        assertThat(last.endOfTsdu()).isTrue();
        assertThat(last.userData()).containsExactly(0x61, 0x00);
        assertThat(middle.endOfTsdu()).isFalse();
    }

    @Test
    void cotpCodecShouldSkipTsapSelectorsAndReadTheSizeWhenACallerSendsThem() {
        Tpdu cr = decode("11e00000000700 c1020001 c2020102 c0010d");

        assertThat(cr).isEqualTo(new Tpdu.ConnectionRequest(7, TpduSize.LARGEST));
    }

    @Test
    void cotpCodecShouldAssumeTheDefaultSizeWhenTheParameterIsAbsent() {
        assertThat(decode("06e00000000700")).isEqualTo(new Tpdu.ConnectionRequest(7, TpduSize.DEFAULT));
    }

    @Test
    void cotpCodecShouldRejectUnknownTpduType() {
        assertThatThrownBy(() -> channel.writeInbound(bytes("047000000100"))).isInstanceOf(DecoderException.class)
                .hasMessageContaining("unsupported TPDU type 0x70");
    }

    @Test
    void cotpCodecShouldRejectLengthIndicatorLongerThanTheTpdu() {
        assertThatThrownBy(() -> channel.writeInbound(bytes("09e0000012")))
                .isInstanceOf(DecoderException.class).hasMessageContaining("LI 9");
    }

    @Test
    void cotpCodecShouldRejectAClassOtherThanZero() {
        assertThatThrownBy(() -> channel.writeInbound(bytes("09e00000123440c0010b")))
                .isInstanceOf(DecoderException.class).hasMessageContaining("class 0");
    }

    @Test
    void cotpCodecShouldRejectAParameterThatOverrunsTheHeader() {
        assertThatThrownBy(() -> channel.writeInbound(bytes("09e00000123400c0050b")))
                .isInstanceOf(DecoderException.class).hasMessageContaining("overruns");
    }

    @Test
    void cotpCodecShouldRejectATpduSizeCodeOutsideTheTable() {
        assertThatThrownBy(() -> channel.writeInbound(bytes("09e00000123400c0010e")))
                .isInstanceOf(DecoderException.class).hasMessageContaining("0x0e");
    }

    @Test
    void cotpCodecShouldRejectADataTpduWithAClassFourHeader() {
        assertThatThrownBy(() -> channel.writeInbound(bytes("04f0800000")))
                .isInstanceOf(DecoderException.class).hasMessageContaining("LI 2");
    }
}
