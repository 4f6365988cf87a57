package org.intransit.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The size limit on the bytes of DATA, the listener's own {@code Received:} header not counted. */
class MessageDataTest {

    private static final String RECEIVED = "Received: from client.test (localhost [127.0.0.1])\r\n"
            + "        by ex1.contoso.example\r\n        with SMTP id 1;\r\n        Wed, 25 Nov 2026 14:10:23 +0000\r\n";

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void dataShouldNotCountTheLeadingReceivedHeaderWithItsFoldedLines() throws Exception {
        String message = "Subject: x\r\n\r\n" + "y".repeat(86);
        assertThat(MessageData.leadingReceivedHeader((RECEIVED + message).getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(RECEIVED.length());
        assertThat(MessageData.read(stream(RECEIVED + message), 100)).hasSize(RECEIVED.length() + 100);
        assertThatThrownBy(() -> MessageData.read(stream(RECEIVED + message + "z"), 100))
                .isInstanceOfSatisfying(MessageData.Overflow.class, o -> {
                    assertThat(o.seen()).isEqualTo(101);
                    assertThat(o.drained()).isTrue();
                });
    }

    @Test
    void dataShouldCountEveryByteWhenTheMessageDoesNotStartWithReceived() throws Exception {
        assertThat(MessageData.leadingReceivedHeader("Subject: x\r\n\r\nhi".getBytes(StandardCharsets.US_ASCII))).isZero();
        assertThatThrownBy(() -> MessageData.read(stream("Subject: x\r\n\r\n" + "y".repeat(100)), 100))
                .isInstanceOf(MessageData.Overflow.class);
    }

    @Test
    void dataShouldStopReadingPastTwiceTheLimitAndTheHeaderRoom() {
        int limit = 1000;
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'y';
            }
        };
        assertThatThrownBy(() -> MessageData.read(endless, limit))
                .isInstanceOfSatisfying(MessageData.Overflow.class, o -> {
                    assertThat(o.seen()).isEqualTo(2L * limit + MessageData.HEADER_ROOM + 1);
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
        assertThatThrownBy(() -> MessageData.read(broken, 1000)).isInstanceOf(EOFException.class);
    }
}
