package org.intransit.transport.rpc;

import io.netty.handler.codec.LengthFieldPrepender;

/**
 * The outer framing: every PDU travels as one frame behind a 4-byte big-endian length that
 * counts the PDU's bytes, not its own.
 *
 * <pre>
 * +----------------+---------------------------+
 * | length (int32) | PDU (length bytes)        |
 * +----------------+---------------------------+
 * </pre>
 *
 * <p>A frame larger than {@link #MAX_FRAME_BYTES}, length field included, is refused as soon as
 * its length field arrives (fail fast): the decoder raises a {@code TooLongFrameException}, which
 * {@link RpcPduCodec} turns into a closed connection. A length larger than the bytes that follow
 * is not an error the decoder can see: it waits for the rest, and a timeout ends it (the
 * caller's deadline, or the listener's idle timeout); if the peer closes first, the decoder says
 * how much of the frame had arrived ({@link RpcFrameDecoder}).
 */
final class RpcFraming {

    /** 32 MiB per frame, length field included. */
    static final int MAX_FRAME_BYTES = 32 * 1024 * 1024;

    static final int LENGTH_FIELD_BYTES = 4;

    /** The largest PDU a frame can carry. */
    static final int MAX_PDU_BYTES = MAX_FRAME_BYTES - LENGTH_FIELD_BYTES;

    private static final LengthFieldPrepender ENCODER = new LengthFieldPrepender(LENGTH_FIELD_BYTES);

    private RpcFraming() {}

    /** A new decoder per channel: it keeps the bytes of a partial frame. */
    static RpcFrameDecoder decoder() {
        return new RpcFrameDecoder();
    }

    /** Shared: {@link LengthFieldPrepender} is {@code @Sharable}. */
    static LengthFieldPrepender encoder() {
        return ENCODER;
    }
}
