package org.intransit.transport.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.intransit.transport.ConnectionWatch;
import org.intransit.transport.ConnectionWatchHandler;
import org.intransit.transport.DroppedConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the RPC listener reports when the caller's input ends: {@link RpcFraming#decoder()} under
 * the listener's {@link ConnectionWatchHandler}, as in {@link RpcServerInitializer}.
 */
class RpcFrameDecoderTest {

    private final List<DroppedConnection> drops = new ArrayList<>();
    private final EmbeddedChannel channel = new EmbeddedChannel(RpcFraming.decoder(),
            new ConnectionWatchHandler("rpc", new ConnectionWatch(Duration.ofSeconds(60), drops::add)));

    @AfterEach
    void finish() {
        channel.finishAndReleaseAll();
    }

    private static ByteBuf bytes(String hex) {
        return Unpooled.wrappedBuffer(ByteBufUtil.decodeHexDump(hex.replace(" ", "")));
    }

    private static DroppedConnection cut(String reason) {
        return new DroppedConnection.ProtocolError("rpc", "embedded", "connection closed inside " + reason);
    }

    private void peerClosesInput() {
        channel.pipeline().fireUserEventTriggered(ChannelInputShutdownEvent.INSTANCE);
    }

    @Test
    void decoderShouldReportTheBytesOfTheLengthFieldWhenThePeerClosesInsideIt() {
        channel.writeInbound(bytes("00"));
        channel.writeInbound(bytes("0000"));
        peerClosesInput();

        assertThat(drops).containsExactly(cut("an RPC length field: 3 of 4 bytes"));
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void decoderShouldReportReceivedAndAnnouncedLengthWhenThePeerClosesMidPdu() {
        channel.writeInbound(bytes("00000019 01"));
        channel.writeInbound(bytes("00000003 4558"));
        peerClosesInput();

        assertThat(drops).containsExactly(cut("an RPC frame: 11 of 29 bytes"));
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void decoderShouldReportNothingWhenThePeerClosesBetweenSplitFrames() {
        channel.writeInbound(bytes("00000002 01"));
        channel.writeInbound(bytes("02 00000001"));
        channel.writeInbound(bytes("05"));
        peerClosesInput();

        assertThat(drops).isEmpty();
        assertThat(channel.isOpen()).isFalse();
        assertThat(channel.inboundMessages()).hasSize(2);
    }

    @Test
    void decoderShouldLeaveOnlyTheTooLongReportWhenThePeerClosesAfterAnOversizedLength() {
        channel.pipeline().fireChannelRead(bytes("02000001 04 ffff"));
        peerClosesInput();

        assertThat(drops).containsExactly(new DroppedConnection.ProtocolError("rpc", "embedded",
                "Adjusted frame length exceeds 33554432: 33554437 - discarded"));
    }
}
