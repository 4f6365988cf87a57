package org.intransit.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The size limit on the bytes of DATA, the listener's own {@code Received:} header not counted. */
class MessageDataTest {

    private static final byte[] RECEIVED = ("Received: from client.test ([127.0.0.1])\r\n"
            + "        by ex1.contoso.example\r\n        with SMTP (intransit) id 1;\r\n"
            + "        Wed, 25 Nov 2026 14:10:23 GMT\r\n").getBytes(StandardCharsets.US_ASCII);

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code message} as a client sends it in DATA, read by the listener's bulk stream. */
    private static InputStream data(String message) {
        return new BulkDataStream(new BufferedInputStream(stream(message + ".\r\nQUIT\r\n")));
    }

    @Test
    void dataShouldPutTheHeaderInFrontAndNotCountItAgainstTheLimit() throws Exception {
        String message = "Subject: x\r\n\r\n" + "y".repeat(84) + "\r\n";
        byte[] read = MessageData.read(data(message), RECEIVED, 100);
        assertThat(new String(read, StandardCharsets.US_ASCII))
                .isEqualTo(new String(RECEIVED, StandardCharsets.US_ASCII) + message);
        String oneOver = "Subject: x\r\n\r\n" + "y".repeat(85) + "\r\n";
        assertThatThrownBy(() -> MessageData.read(data(oneOver), RECEIVED, 100))
                .isInstanceOfSatisfying(MessageData.Overflow.class, o -> {
                    assertThat(o.seen()).isEqualTo(101);
                    assertThat(o.drained()).isTrue();
                });
    }

    @Test
    void dataShouldReadAMessageLongerThanItsFirstBufferWhole() throws Exception {
        String message = "Subject: big\r\n\r\n" + ("z".repeat(998) + "\r\n").repeat(40);
        assertThat(MessageData.read(data(message), new byte[0], 64 * 1024)).hasSize(message.length())
                .isEqualTo(message.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void dataShouldCountEveryByteOfAStreamReadAByteAtATime() throws Exception {
        assertThat(MessageData.read(stream("Subject: x\r\n\r\n" + "y".repeat(86)), RECEIVED, 100))
                .hasSize(RECEIVED.length + 100);
        assertThatThrownBy(() -> MessageData.read(stream("Subject: x\r\n\r\n" + "y".repeat(87)), RECEIVED, 100))
                .isInstanceOf(MessageData.Overflow.class);
    }

    @Test
    void dataShouldStopReadingPastTwiceTheLimit() {
        int limit = 1000;
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'y';
            }
        };
        assertThatThrownBy(() -> MessageData.read(endless, RECEIVED, limit))
                .isInstanceOfSatisfying(MessageData.Overflow.class, o -> {
                    assertThat(o.seen()).isEqualTo(2L * limit + 1);
                    assertThat(o.drained()).isFalse();
                });
    }

    @Test
    void dataShouldPassOnTheErrorWhenTheStreamBreaksMidMessage() {
        InputStream broken = new SequenceInputStream(stream("Subject: x\r\n\r\nhalf"), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new EOFException("Pre-mature end of <CRLF>.<CRLF> terminated data");
            }
        });
        assertThatThrownBy(() -> MessageData.read(broken, RECEIVED, 1000)).isInstanceOf(EOFException.class);
    }

    @Test
    void dataShouldFailAndNotReturnHalfAMessageWhenTheConnectionEndsBeforeTheDot() {
        InputStream cut = new BulkDataStream(new BufferedInputStream(stream("Subject: x\r\n\r\nhalf\r\n")));
        assertThatThrownBy(() -> MessageData.read(cut, RECEIVED, 1000)).isInstanceOf(EOFException.class);
    }
}
