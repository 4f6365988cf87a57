package org.intransit.transport.x400;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.CorruptedFrameException;
import java.util.List;
import org.intransit.transport.UnfinishedFrame;

/**
 * Cuts the TCP byte stream into RFC 1006 TPKT frames and passes on each frame's payload (one
 * COTP TPDU) as a {@link ByteBuf}.
 *
 * <pre>
 * offset  size  field
 * 0       1     version   = 0x03
 * 1       1     reserved  = 0x00 (not checked: RFC 1006 leaves it to the sender)
 * 2       2     length    big-endian, the whole frame including these 4 bytes, 7..65535
 * 4       n     payload   one TPDU, n = length - 4
 * </pre>
 *
 * <p>A frame split across reads waits for its remaining bytes; several frames in one read come
 * out one by one. A wrong version byte or a length outside {@code 7..maxFrameLength} means the
 * framing is lost and the stream cannot be resynchronised: this decoder drops everything still
 * buffered or still arriving, passes a {@link CorruptedFrameException} saying why up the
 * pipeline (e.g. {@code TPKT version 0x04, expected 0x03}), so the connection's owner can report
 * it, and then closes the channel itself: no upper layer gets to judge. Frames decoded before
 * the bad header are passed on first.
 *
 * <p>When the input ends with part of a frame buffered (the peer closed inside it), the decoder
 * fires an {@link UnfinishedFrame} user event, {@code a TPKT header: 3 of 4 bytes} or
 * {@code a TPKT frame: 5 of 24 bytes} (counting the header), and drops the bytes. Input that ends
 * between frames, or after the framing was lost, fires nothing.
 */
public final class TpktDecoder extends ByteToMessageDecoder {

    /** RFC 1006 version 3, the only one defined. */
    public static final int VERSION = 3;

    /** Version, reserved and the two length bytes. */
    public static final int HEADER_LENGTH = 4;

    /** The header plus the smallest TPDU (a DT with no data: LI, code, EOT). */
    public static final int MIN_FRAME_LENGTH = 7;

    /** What the 16-bit length field can say. */
    public static final int MAX_FRAME_LENGTH = 65535;

    private final int maxFrameLength;
    private boolean framingLost;

    /** A decoder that accepts frames up to {@value #MAX_FRAME_LENGTH} bytes. */
    public TpktDecoder() {
        this(MAX_FRAME_LENGTH);
    }

    /** @param maxFrameLength the largest frame accepted, header included ({@value #MIN_FRAME_LENGTH}..65535) */
    public TpktDecoder(int maxFrameLength) {
        if (maxFrameLength < MIN_FRAME_LENGTH || maxFrameLength > MAX_FRAME_LENGTH) {
            throw new IllegalArgumentException("maxFrameLength must be 7..65535: " + maxFrameLength);
        }
        this.maxFrameLength = maxFrameLength;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (framingLost) {
            in.skipBytes(in.readableBytes());
            return;
        }
        int start = in.readerIndex();
        int version = in.getUnsignedByte(start);
        if (version != VERSION) {
            loseFraming(ctx, in, String.format("TPKT version 0x%02x, expected 0x03", version));
            return;
        }
        if (in.readableBytes() < HEADER_LENGTH) {
            return;
        }
        int length = in.getUnsignedShort(start + 2);
        if (length < MIN_FRAME_LENGTH || length > maxFrameLength) {
            loseFraming(ctx, in, length < MIN_FRAME_LENGTH ? "TPKT length " + length + " below " + MIN_FRAME_LENGTH
                    : "TPKT length " + length + " above " + maxFrameLength);
            return;
        }
        if (in.readableBytes() < length) {
            return;
        }
        in.skipBytes(HEADER_LENGTH);
        out.add(in.readRetainedSlice(length - HEADER_LENGTH));
    }

    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (framingLost || !in.isReadable()) {
            return;
        }
        int received = in.readableBytes();
        ctx.fireUserEventTriggered(received < HEADER_LENGTH
                ? new UnfinishedFrame("a TPKT header", received, HEADER_LENGTH)
                : new UnfinishedFrame("a TPKT frame", received, in.getUnsignedShort(in.readerIndex() + 2)));
        in.skipBytes(received);
    }

    /** Says why before closing, so whoever reports it does so while the peer still waits. */
    private void loseFraming(ChannelHandlerContext ctx, ByteBuf in, String why) {
        framingLost = true;
        in.skipBytes(in.readableBytes());
        ctx.fireExceptionCaught(new CorruptedFrameException(why));
        ctx.close();
    }
}
