package org.intransit.transport.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.intransit.transport.rpc.RpcWire.hex;

import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import org.intransit.transport.DroppedConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hostile or broken traffic: every frame here must end the connection, never a thread. */
class RpcPduCodecRejectionTest {

    @Test
    void codecShouldCloseTheConnectionAndSayWhyWhenThePduTypeIsUnknown() {
        List<DroppedConnection> drops = new ArrayList<>();
        EmbeddedChannel ch = RpcWire.channel(drops::add);

        assertThat(ch.writeInbound(hex("00000001 ff"))).isFalse();

        assertThat(ch.isOpen()).isFalse();
        assertThat(drops).singleElement().isInstanceOfSatisfying(DroppedConnection.ProtocolError.class,
                error -> assertThat(error.reason()).isEqualTo("unknown PDU type 0xff"));
    }

    @Test
    void codecShouldCloseTheConnectionWhenAStringLengthIsBiggerThanTheFrame() {
        EmbeddedChannel ch = RpcWire.channel();

        assertThat(ch.writeInbound(hex("00000009 01 000003e8 45584100"))).isFalse();

        assertThat(ch.isOpen()).isFalse();
    }

    @Test
    void codecShouldWaitForTheRestWhenTheFrameLengthIsBiggerThanTheBytesSent() {
        EmbeddedChannel ch = RpcWire.channel();

        assertThat(ch.writeInbound(hex("00000064 07"))).isFalse();

        assertThat(ch.isOpen()).isTrue();
        assertThat(ch.finish()).as("nothing is decoded from a partial frame").isFalse();
    }

    @Test
    void codecShouldCloseTheConnectionWhenALengthFieldAnnouncesMoreThan32MiB() {
        EmbeddedChannel atLimit = RpcWire.channel();
        List<DroppedConnection> drops = new ArrayList<>();
        EmbeddedChannel overLimit = RpcWire.channel(drops::add);

        atLimit.writeInbound(hex("01fffffc 04"));
        overLimit.writeInbound(hex("01fffffd 04"));

        assertThat(atLimit.isOpen()).as("a frame of exactly 32 MiB is awaited").isTrue();
        assertThat(overLimit.isOpen()).as("one byte more is refused before it arrives").isFalse();
        assertThat(drops).singleElement().extracting(d -> ((DroppedConnection.ProtocolError) d).reason())
                .asString().contains("33554433");
        atLimit.finishAndReleaseAll();
    }

    @Test
    void codecShouldDropFramesThatFollowACorruptOneInTheSameRead() {
        EmbeddedChannel ch = RpcWire.channel();

        ch.writeInbound(hex("00000001 ff 00000001 07"));

        assertThat(ch.isOpen()).isFalse();
        assertThat((Object) ch.readInbound()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "empty frame,                 00000000",
        "negative string length,      00000009 01 fffffffe 00000000",
        "bytes after a complete PDU,  00000002 02 00",
        "flag neither 0 nor 1,        00000006 06 02 ffffffff",
        "frame ends inside an int,    00000003 03 0000",
        "null in a list,              00000011 04 ffffffff ffffffff 00000001 ffffffff",
        "list count past the frame,   0000000d 04 ffffffff ffffffff 7fffffff",
        "content length past frame,   00000017 04 ffffffff ffffffff 00000000 00000000 00000010 abcd",
    })
    void codecShouldCloseTheConnectionWhenThePduIsMalformed(String problem, String frame) {
        EmbeddedChannel ch = RpcWire.channel();

        assertThat(ch.writeInbound(hex(frame))).isFalse();

        assertThat(ch.isOpen()).as(problem).isFalse();
    }
}
