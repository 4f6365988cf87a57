package org.intransit.transport.x400;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.intransit.transport.x400.TpktDecoderTest.bytes;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.intransit.transport.Transfer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MtaPduCodecTest {

    private final EmbeddedChannel channel = new EmbeddedChannel(new MtaPduCodec());

    @AfterEach
    void finish() {
        channel.finishAndReleaseAll();
    }

    private String encode(MtaPdu pdu) {
        channel.writeOutbound(pdu);
        ByteBuf out = channel.readOutbound();
        try {
            return ByteBufUtil.hexDump(out);
        } finally {
            out.release();
        }
    }

    private MtaPdu roundTrip(MtaPdu pdu) {
        channel.writeInbound(bytes(encode(pdu)));
        return channel.readInbound();
    }

    @Test
    void mtaPduCodecShouldEncodeBindRequestAsTwoStringFields() {
        assertThat(encode(new MtaPdu.BindRequest("EXA", "s3cret")))
                .isEqualTo("7400000013" + "8000000003455841" + "8100000006733363726574");
    }

    @Test
    void mtaPduCodecShouldRoundTripEveryPdu() {
        List<MtaPdu> pdus = List.of(new MtaPdu.BindRequest("EXA", "s3cret"), new MtaPdu.BindResult("EXB"),
                new MtaPdu.BindError("authentication-error: wrong"), new MtaPdu.TransferAck("[c=US;a= ;p=intransit;l=t1]"),
                new MtaPdu.TransferNak("[c=US;a= ;p=intransit;l=t1]", true, "550 5.1.1 unknown"),
                new MtaPdu.TransferNak("id", false, "451 later"), new MtaPdu.Release());

        assertThat(pdus).allSatisfy(pdu -> assertThat(roundTrip(pdu)).isEqualTo(pdu));
    }

    @Test
    void mtaPduCodecShouldRoundTripAnEnvelopeWithListsAndBinaryContent() {
        byte[] content = CotpSegmenterTest.randomBytes(70_000);
        MtaPdu.TransferEnvelope sent = new MtaPdu.TransferEnvelope("[c=US;a= ;p=intransit;l=t-ü]", "bob@contoso.example",
                List.of("alice@contoso.example", "carol@contoso.example"), List.of("EXA", "EXC"), "rfc822", content);

        MtaPdu.TransferEnvelope received = (MtaPdu.TransferEnvelope) roundTrip(sent);

        assertThat(received).usingRecursiveComparison().isEqualTo(sent);
    }

    @Test
    void mtaPduCodecShouldRoundTripAnEnvelopeWithNoHops() {
        MtaPdu.TransferEnvelope sent = new MtaPdu.TransferEnvelope("id", "", List.of("a@b"), List.of(), "22", new byte[0]);

        assertThat(roundTrip(sent)).usingRecursiveComparison().isEqualTo(sent);
    }

    @Test
    void transferEnvelopeShouldCarryTheTraceInTheMtsIdentifierAndBack() {
        Transfer transfer = new Transfer("t-42", "bob@x", List.of("alice@y"), List.of("EXA"),
                "X-Intransit-Trace: t-42\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

        MtaPdu.TransferEnvelope envelope = MtaPdu.TransferEnvelope.of(transfer);

        assertThat(envelope.mtsIdentifier()).isEqualTo("[c=US;a= ;p=intransit;l=t-42]");
        assertThat(envelope.contentType()).isEqualTo("rfc822");
        assertThat(envelope.toTransfer()).usingRecursiveComparison().isEqualTo(transfer);
        assertThat(MtsIdentifier.parse("c=GB;a= ;p=other;l=X-1").trace()).isEqualTo("c=GB;a= ;p=other;l=X-1");
    }

    @Test
    void bindRequestShouldNeverShowItsPassword() {
        assertThat(new MtaPdu.BindRequest("EXA", "s3cret").toString()).doesNotContain("s3cret").contains("EXA");
    }

    @Test
    void mtaPduCodecShouldRejectAnUnknownPduTag() {
        assertThatThrownBy(() -> channel.writeInbound(bytes("7f00000000"))).isInstanceOf(DecoderException.class)
                .hasMessageContaining("0x7f");
    }

    @Test
    void mtaPduCodecShouldRejectAPduWhoseLengthDisagreesWithTheTsdu() {
        assertThatThrownBy(() -> channel.writeInbound(bytes("750000000a 8000000003455842 00")))
                .isInstanceOf(DecoderException.class).hasMessageContaining("says 10 bytes");
    }

    @Test
    void mtaPduCodecShouldRejectBytesAfterTheLastField() {
        assertThatThrownBy(() -> channel.writeInbound(bytes("7500000009 8000000003455842 00")))
                .isInstanceOf(DecoderException.class).hasMessageContaining("unexpected bytes");
    }

    @Test
    void mtaPduCodecShouldRejectAFieldThatOverrunsThePdu() {
        assertThatThrownBy(() -> channel.writeInbound(bytes("7500000008 80000000ff455842")))
                .isInstanceOf(DecoderException.class).hasMessageContaining("overruns");
    }

    @Test
    void mtaPduCodecShouldRejectAMissingField() {
        assertThatThrownBy(() -> channel.writeInbound(bytes("7400000008 8000000003455841")))
                .isInstanceOf(DecoderException.class).hasMessageContaining("field 0x81 missing");
    }

    @Test
    void mtaPduCodecShouldRejectGarbageShorterThanAHeader() {
        assertThatThrownBy(() -> channel.writeInbound(bytes("4745")))
                .isInstanceOf(DecoderException.class).hasMessageContaining("holds no MTA PDU");
    }
}
