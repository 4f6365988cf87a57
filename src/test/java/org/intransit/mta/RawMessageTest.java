package org.intransit.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawMessageTest {

    private static RawMessage of(String text) {
        return new RawMessage(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void rawMessageShouldReadTraceAndCountReceivedHeadersOnlyInTheHeaderBlock() {
        RawMessage m = of("Received: from a\r\n\tby b\r\nReceived: from c\r\nX-Intransit-Trace: t-1\r\n"
                + "Subject: hi\r\n\r\nReceived: not a header\r\nX-Intransit-Trace: body\r\n");

        assertThat(m.trace()).contains("t-1");
        assertThat(m.hops()).isEqualTo(2);
        assertThat(m.subject()).contains("hi");
    }

    @Test
    void rawMessageShouldGainATraceWhenAnOutsideClientSentNone() {
        RawMessage m = of("Subject: from swaks\r\n\r\nbody\r\n");

        assertThat(m.trace()).isEmpty();
        RawMessage traced = m.withTrace("ext-7");
        assertThat(traced.trace()).contains("ext-7");
        assertThat(new String(traced.bytes(), StandardCharsets.US_ASCII)).endsWith("Subject: from swaks\r\n\r\nbody\r\n");
    }

    @Test
    void rawMessageShouldFindHeadersWhenLinesEndWithBareLf() {
        RawMessage m = of("X-Intransit-Trace: lf-1\nSubject: x\n\nbody\n");

        assertThat(m.trace()).contains("lf-1");
    }
}
