package org.intransit.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** DATA read a buffer at a time without taking the pipelined commands behind it. */
class BulkDataStreamTest {

    private static final String NEXT_COMMANDS = "MAIL FROM:<b@client.test>\r\nRCPT TO:<bob@contoso.example>\r\nQUIT\r\n";

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @Test
    void streamShouldLeaveTheCommandsBehindTheDotToTheSessionWhereverTheEndFallsInTheChunk() throws IOException {
        for (int length = BulkDataStream.CHUNK - 8; length <= BulkDataStream.CHUNK + 8; length++) {
            String message = "y".repeat(length - 2) + "\r\n";
            InputStream session = new BufferedInputStream(bytes(message + ".\r\n" + NEXT_COMMANDS), 8192);

            assertThat(text(new BulkDataStream(session).readAllBytes())).as("message of %d bytes", length)
                    .isEqualTo(message);
            assertThat(text(session.readAllBytes())).isEqualTo(NEXT_COMMANDS);
        }
    }

    @Test
    void streamShouldReadALongMessageWithStuffedDotsAcrossItsChunks() throws IOException {
        StringBuilder sent = new StringBuilder();
        StringBuilder message = new StringBuilder();
        for (int line = 0; line < 2000; line++) {
            String text = line % 3 == 0 ? "." + line : "line " + line;
            sent.append(text.startsWith(".") ? "." : "").append(text).append("\r\n");
            message.append(text).append("\r\n");
        }
        InputStream session = new BufferedInputStream(bytes(sent + ".\r\n" + NEXT_COMMANDS), 8192);

        assertThat(text(new BulkDataStream(session).readAllBytes())).isEqualTo(message.toString());
        assertThat(text(session.readAllBytes())).isEqualTo(NEXT_COMMANDS);
    }

    @Test
    void streamShouldGiveTheSameTextByteByByteAsInBulk() throws IOException {
        String sent = "Subject: x\r\n\r\n..a\r\n.\rb\r\nc\n.d\r\n";
        String message = "Subject: x\r\n\r\n.a\r\n\rb\r\nc\n.d\r\n";
        BulkDataStream data = new BulkDataStream(new BufferedInputStream(bytes(sent + ".\r\n" + NEXT_COMMANDS)));
        StringBuilder read = new StringBuilder();
        for (int b = data.read(); b >= 0; b = data.read()) {
            read.append((char) b);
        }
        assertThat(read.toString()).isEqualTo(message);
        assertThat(text(new BulkDataStream(new BufferedInputStream(bytes(sent + ".\r\n"))).readAllBytes()))
                .isEqualTo(message);
    }

    @Test
    void streamShouldReadAByteAtATimeWhenTheInputCannotRewind() throws IOException {
        InputStream session = new SequenceInputStream(bytes("Subject: x\r\n\r\nhi\r\n.\r\n"), bytes(NEXT_COMMANDS));

        assertThat(text(new BulkDataStream(session).readAllBytes())).isEqualTo("Subject: x\r\n\r\nhi\r\n");
        assertThat(text(session.readAllBytes())).isEqualTo(NEXT_COMMANDS);
    }

    @Test
    void drainShouldSkipTheRestOfTheMessageUpToTheDot() throws IOException {
        InputStream session = new BufferedInputStream(bytes("a\r\n".repeat(5000) + ".\r\n" + NEXT_COMMANDS));
        BulkDataStream data = new BulkDataStream(session);
        assertThat(data.read()).isEqualTo('a');

        data.drain();

        assertThat(data.read()).isEqualTo(-1);
        assertThat(text(session.readAllBytes())).isEqualTo(NEXT_COMMANDS);
    }

    @Test
    void streamShouldPassOnAStallAndFailWhenTheConnectionEndsBeforeTheDot() throws IOException {
        InputStream stalled = new BufferedInputStream(new SequenceInputStream(bytes("Subject: x\r\n\r\nhal"),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new SocketTimeoutException("Read timed out");
                    }
                }));
        BulkDataStream data = new BulkDataStream(stalled);
        byte[] into = new byte[1024];
        assertThat(data.read(into, 0, into.length)).isEqualTo(17);
        assertThatThrownBy(() -> data.read(into, 0, into.length)).isInstanceOf(SocketTimeoutException.class);

        InputStream cut = new BufferedInputStream(bytes("Subject: x\r\n\r\nhalf\r\n"));
        assertThatThrownBy(() -> new BulkDataStream(cut).readAllBytes()).isInstanceOf(EOFException.class);
    }
}
