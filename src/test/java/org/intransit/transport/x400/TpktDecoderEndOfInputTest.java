package org.intransit.transport.x400;

import static org.assertj.core.api.Assertions.assertThat;
import static org.intransit.transport.x400.TpktDecoderTest.bytes;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.handler.timeout.ReadTimeoutException;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.intransit.transport.ConnectionWatch;
import org.intransit.transport.ConnectionWatchHandler;
import org.intransit.transport.DroppedConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the listener reports when the caller's input ends: {@link TpktDecoder} under the
 * listener's {@link ConnectionWatchHandler}, as in {@link X400ServerInitializer}.
 */
class TpktDecoderEndOfInputTest {

    private final List<DroppedConnection> drops = new ArrayList<>();
    private final EmbeddedChannel channel = new EmbeddedChannel(new TpktDecoder(),
            new ConnectionWatchHandler("x400", new ConnectionWatch(Duration.ofSeconds(60), drops::add)));

    @AfterEach
    void finish() {
        channel.finishAndReleaseAll();
    }

    private static DroppedConnection cut(String reason) {
        return new DroppedConnection.ProtocolError("x400", "embedded", "connection closed inside " + reason);
    }

    /** The peer shuts its side: what the server's socket sees first, with half-closure on. */
    private void peerClosesInput() {
        channel.pipeline().fireUserEventTriggered(ChannelInputShutdownEvent.INSTANCE);
    }

    @Test
    void decoderShouldReportTheBytesOfTheHeaderWhenThePeerClosesMidHeader() {
        channel.writeInbound(bytes("03"));
        channel.writeInbound(bytes("0000"));
        peerClosesInput();

        assertThat(drops).containsExactly(cut("a TPKT header: 3 of 4 bytes"));
        assertThat(channel.isOpen()).as("the watch closes a half-closed connection").isFalse();
    }

    @Test
    void decoderShouldReportReceivedAndAnnouncedLengthWhenThePeerClosesMidBody() {
        channel.writeInbound(bytes("0300 0018 02f0"));
        channel.writeInbound(bytes("80 4142"));
        peerClosesInput();

        assertThat(drops).containsExactly(cut("a TPKT frame: 9 of 24 bytes"));
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void decoderShouldReportTheCutFrameWhenThePeerResetsMidFrame() {
        channel.writeInbound(bytes("0300 0016 11e0 0000"));
        channel.pipeline().fireExceptionCaught(new SocketException("Connection reset"));

        assertThat(channel.isOpen()).isFalse();
        assertThat(drops).containsExactly(cut("a TPKT frame: 8 of 22 bytes"));
    }

    @Test
    void decoderShouldReportNothingWhenTheListenerClosesAConnectionMidFrameOnShutdown() {
        channel.writeInbound(bytes("0300 0016 11e0 0000"));
        channel.close();

        assertThat(drops).as("the peer did not quit: the server did").isEmpty();
    }

    @Test
    void decoderShouldReportNothingWhenThePeerClosesBetweenSplitFrames() {
        channel.writeInbound(bytes("0300 000b 02f0"));
        channel.writeInbound(bytes("80 41424344 0300 0007 02"));
        channel.writeInbound(bytes("f080"));
        peerClosesInput();

        assertThat(drops).isEmpty();
        assertThat(channel.isOpen()).isFalse();
        assertThat(channel.inboundMessages()).hasSize(2);
    }

    @Test
    void decoderShouldLeaveOneReportWhenTheIdleTimeoutClosesAConnectionMidFrame() {
        channel.writeInbound(bytes("0300 0100 02f080"));
        channel.pipeline().fireExceptionCaught(ReadTimeoutException.INSTANCE);

        assertThat(channel.isOpen()).isFalse();
        assertThat(drops).containsExactly(new DroppedConnection.IdleTimeout("x400", "embedded", Duration.ofSeconds(60)));
    }

    @Test
    void decoderShouldLeaveOneReportWhenAPeerClosesAfterABadHeader() {
        channel.writeInbound(bytes("0300 0007 02f080"));
        channel.pipeline().fireChannelRead(bytes("0400 0007 02"));
        peerClosesInput();

        assertThat(drops).containsExactly(new DroppedConnection.ProtocolError("x400", "embedded",
                "TPKT version 0x04, expected 0x03"));
        ByteBuf frame = channel.readInbound();
        frame.release();
    }
}
