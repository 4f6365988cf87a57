package org.intransit.transport.x400;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain blocking socket to an X.400 listener, for tests that must send what a well-behaved
 * client never would. Every read is bounded by a 5 s socket timeout.
 */
final class RawConnection implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 5000;

    private final Socket socket = new Socket();

    RawConnection(InetSocketAddress address) throws IOException {
        socket.connect(address, TIMEOUT_MILLIS);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        socket.setTcpNoDelay(true);
    }

    RawConnection sendHex(String hex) throws IOException {
        socket.getOutputStream().write(ByteBufUtil.decodeHexDump(hex.replace(" ", "")));
        return this;
    }

    /** Encodes the TPDUs and MTA PDUs with the real codec stack and sends them. */
    RawConnection send(Object... messages) throws IOException {
        EmbeddedChannel encoder = X400PipelineTest.stack();
        ByteBuf wire = X400PipelineTest.wire(encoder, messages);
        socket.getOutputStream().write(ByteBufUtil.getBytes(wire));
        wire.release();
        encoder.finishAndReleaseAll();
        return this;
    }

    /** Everything the peer sends until it closes, decoded; fails if it has not closed within 5 s. */
    List<Object> receiveUntilClosed() throws IOException {
        byte[] bytes = socket.getInputStream().readAllBytes();
        EmbeddedChannel decoder = X400PipelineTest.stack();
        decoder.writeInbound(Unpooled.wrappedBuffer(bytes));
        List<Object> received = new ArrayList<>();
        for (Object o = decoder.readInbound(); o != null; o = decoder.readInbound()) {
            received.add(o);
        }
        decoder.finishAndReleaseAll();
        return received;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
