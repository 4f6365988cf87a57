package org.intransit.transport.x400;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.TooLongFrameException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CotpSegmenterTest {

    static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    private static List<Tpdu.Data> segment(EmbeddedChannel channel, byte[] tsdu) {
        channel.writeOutbound(Unpooled.wrappedBuffer(tsdu));
        List<Tpdu.Data> dts = new ArrayList<>();
        for (Object o = channel.readOutbound(); o != null; o = channel.readOutbound()) {
            dts.add((Tpdu.Data) o);
        }
        return dts;
    }

    @Test
    void cotpSegmenterShouldSplitA200KbTsduIntoDtsOfTheConfirmedSizeWithEotOnlyOnTheLast() {
        EmbeddedChannel channel = new EmbeddedChannel(new CotpSegmenter());
        channel.writeOutbound(new Tpdu.ConnectionConfirm(1, 2, TpduSize.CLASS_0_MAX));
        channel.readOutbound();

        List<Tpdu.Data> dts = segment(channel, randomBytes(200 * 1024));

        assertThat(dts).hasSize(101);
        assertThat(dts).allSatisfy(dt -> assertThat(dt.userData().length).isLessThanOrEqualTo(2045));
        assertThat(dts.subList(0, 100)).noneMatch(Tpdu.Data::endOfTsdu);
        assertThat(dts.get(100).endOfTsdu()).isTrue();
        assertThat(dts.get(100).userData()).hasSize(200 * 1024 - 100 * 2045);
        channel.finishAndReleaseAll();
    }

    @Test
    void cotpSegmenterShouldReassembleA200KbTsduWhenItsDtsArriveInOrder() {
        EmbeddedChannel sender = new EmbeddedChannel(new CotpSegmenter());
        EmbeddedChannel receiver = new EmbeddedChannel(new CotpSegmenter());
        sender.writeOutbound(new Tpdu.ConnectionConfirm(1, 2, new TpduSize(0x0A)));
        sender.readOutbound();
        receiver.writeInbound(new Tpdu.ConnectionConfirm(1, 2, new TpduSize(0x0A)));
        receiver.readInbound();
        byte[] tsdu = randomBytes(200 * 1024);

        List<Tpdu.Data> dts = segment(sender, tsdu);
        dts.forEach(receiver::writeInbound);

        assertThat(dts).hasSize((200 * 1024 + 1020) / 1021);
        ByteBuf assembled = receiver.readInbound();
        assertThat(ByteBufUtil.getBytes(assembled)).isEqualTo(tsdu);
        assembled.release();
        assertThat(receiver.inboundMessages()).isEmpty();
        sender.finishAndReleaseAll();
        receiver.finishAndReleaseAll();
    }

    @Test
    void cotpSegmenterShouldUse128ByteTpdusWhenNoSizeWasConfirmed() {
        EmbeddedChannel channel = new EmbeddedChannel(new CotpSegmenter());

        List<Tpdu.Data> dts = segment(channel, randomBytes(300));

        assertThat(dts).extracting(dt -> dt.userData().length).containsExactly(125, 125, 50);
        channel.finishAndReleaseAll();
    }

    @Test
    void cotpSegmenterShouldSendOneEmptyDtWhenTheTsduIsEmpty() {
        EmbeddedChannel channel = new EmbeddedChannel(new CotpSegmenter());

        List<Tpdu.Data> dts = segment(channel, new byte[0]);

        assertThat(dts).singleElement().satisfies(dt -> {
            assertThat(dt.endOfTsdu()).isTrue();
            assertThat(dt.userData()).isEmpty();
        });
        channel.finishAndReleaseAll();
    }

    @Test
    void cotpSegmenterShouldPassOtherTpdusThroughUntouched() {
        EmbeddedChannel channel = new EmbeddedChannel(new CotpSegmenter());
        Tpdu.DisconnectRequest dr = new Tpdu.DisconnectRequest(1, 2, Tpdu.REASON_NORMAL);

        channel.writeInbound(dr);
        channel.writeOutbound(dr);

        assertThat(channel.<Object>readInbound()).isEqualTo(dr);
        assertThat(channel.<Object>readOutbound()).isEqualTo(dr);
        channel.finishAndReleaseAll();
    }

    @Test
    void cotpSegmenterShouldRefuseATsduLongerThanItsLimit() {
        EmbeddedChannel channel = new EmbeddedChannel(new CotpSegmenter(1000));
        channel.writeInbound(new Tpdu.ConnectionConfirm(1, 2, new TpduSize(0x0A)));
        channel.writeInbound(new Tpdu.Data(false, new byte[600]));

        assertThatThrownBy(() -> channel.writeInbound(new Tpdu.Data(true, new byte[600])))
                .isInstanceOf(TooLongFrameException.class);
        channel.finishAndReleaseAll();
    }

    @Test
    void cotpSegmenterShouldRefuseADtLongerThanTheNegotiatedSizeAndQuoteItsHeader() {
        EmbeddedChannel channel = new EmbeddedChannel(new CotpSegmenter());
        channel.writeOutbound(new Tpdu.ConnectionConfirm(1, 2, TpduSize.CLASS_0_MAX));
        channel.writeInbound(new Tpdu.Data(false, new byte[TpduSize.CLASS_0_MAX.maxUserData()]));

        assertThatThrownBy(() -> channel.writeInbound(new Tpdu.Data(true, new byte[2046])))
                .isInstanceOfSatisfying(OversizedTpduException.class, e -> {
                    assertThat(e).hasMessage("a DT TPDU of 2049 bytes is over the negotiated TPDU size of 2048 bytes (0x0b)");
                    assertThat(ByteBufUtil.hexDump(e.rejectedHeader())).isEqualTo("02f0");
                });
        assertThat((Object) channel.readInbound()).as("the TSDU begun before is dropped, not passed on").isNull();
        channel.finishAndReleaseAll();
    }

    @Test
    void cotpSegmenterShouldHoldDtsToTheDefault128BytesWhenNoCcHasPassed() {
        EmbeddedChannel channel = new EmbeddedChannel(new CotpSegmenter());
        channel.writeInbound(new Tpdu.Data(true, new byte[TpduSize.DEFAULT.maxUserData()]));
        ByteBuf tsdu = channel.readInbound();
        assertThat(tsdu.readableBytes()).isEqualTo(125);
        tsdu.release();

        assertThatThrownBy(() -> channel.writeInbound(new Tpdu.Data(true, new byte[126])))
                .isInstanceOf(OversizedTpduException.class).hasMessageContaining("129 bytes");
        channel.finishAndReleaseAll();
    }

    /** Collects the user events that pass the segmenter. */
    private static final class UserEvents extends io.netty.channel.ChannelInboundHandlerAdapter {
        final List<Object> seen = new ArrayList<>();

        @Override
        public void userEventTriggered(io.netty.channel.ChannelHandlerContext ctx, Object event) {
            seen.add(event);
        }
    }

    @Test
    void cotpSegmenterShouldReportAnUnfinishedTsduWhenThePeersInputEndsBeforeTheEot() {
        UserEvents events = new UserEvents();
        EmbeddedChannel channel = new EmbeddedChannel(new CotpSegmenter(), events);
        channel.writeInbound(new Tpdu.Data(false, randomBytes(100)), new Tpdu.Data(false, randomBytes(25)));

        channel.pipeline().fireUserEventTriggered(io.netty.channel.socket.ChannelInputShutdownEvent.INSTANCE);

        assertThat(events.seen).containsExactly(
                new org.intransit.transport.UnfinishedFrame(CotpSegmenter.UNFINISHED_TSDU, 125, 0),
                io.netty.channel.socket.ChannelInputShutdownEvent.INSTANCE);
        assertThat(((org.intransit.transport.UnfinishedFrame) events.seen.get(0)).reason())
                .isEqualTo("connection closed inside a TSDU, before the DT with EOT: 125 bytes");
        assertThat((Object) channel.readInbound()).isNull();
        channel.close();
        assertThat(events.seen).as("reported once, not again when the channel closes").hasSize(2);
    }

    @Test
    void cotpSegmenterShouldReportAnUnfinishedTsduWhenTheConnectionEndsWithoutHalfClosure() {
        UserEvents events = new UserEvents();
        EmbeddedChannel channel = new EmbeddedChannel(new CotpSegmenter(), events);
        channel.writeInbound(new Tpdu.Data(false, randomBytes(40)));

        channel.close();

        assertThat(events.seen).containsExactly(new org.intransit.transport.UnfinishedFrame(CotpSegmenter.UNFINISHED_TSDU, 40, 0));
    }

    @Test
    void cotpSegmenterShouldReportNothingWhenThePeersInputEndsBetweenTsdus() {
        UserEvents events = new UserEvents();
        EmbeddedChannel channel = new EmbeddedChannel(new CotpSegmenter(), events);
        channel.writeInbound(new Tpdu.Data(false, randomBytes(100)), new Tpdu.Data(true, randomBytes(3)));
        ByteBuf whole = channel.readInbound();
        whole.release();

        channel.pipeline().fireUserEventTriggered(io.netty.channel.socket.ChannelInputShutdownEvent.INSTANCE);
        channel.close();

        assertThat(events.seen).containsExactly(io.netty.channel.socket.ChannelInputShutdownEvent.INSTANCE);
    }
}
