package org.intransit.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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

    @Test
    void rawMessageShouldUnfoldAFoldedHeaderIntoOneValue() {
        RawMessage m = of("Subject: a long\r\n  subject\r\n\tline\r\nPriority: urgent\r\n\r\nbody\r\n");

        assertThat(m.subject()).contains("a long subject line");
        assertThat(m.priority()).isEqualTo(RawMessage.Priority.URGENT);
    }

    @Test
    void rawMessageWithAHeaderInFrontShouldReadAsTheSameBytesParsedAfresh() {
        List<String> messages = List.of(
                "Received: from a\r\n\tby b\r\nSubject: hi\r\n\r\nReceived: body\r\n",
                "Subject: lf\nReceived: x\n\nbody\n",
                "\r\nReceived: only body\r\n",
                " continued first\r\nSubject: odd\r\n\r\n",
                "Subject: no body",
                "");
        for (String text : messages) {
            RawMessage parsed = of(text);
            parsed.hops();
            RawMessage traced = parsed.withTrace("t-9").withHeaderInFront("Received: from c by d");
            RawMessage fresh = new RawMessage(traced.bytes());

            assertThat(traced.hops()).as(text).isEqualTo(fresh.hops());
            assertThat(traced.trace()).as(text).isEqualTo(fresh.trace()).isPresent();
            assertThat(traced.subject()).as(text).isEqualTo(fresh.subject());
        }
    }

    @Test
    void rawMessageShouldReplaceTheAttemptsHeaderWhereverItStands() {
        RawMessage last = of("Subject: s\r\nX-Intransit-Connector-Attempts: X400-1=2,\r\n SC-1=1\r\n\r\nbody\r\n");
        assertThat(last.connectorAttempts()).isEqualTo(Map.of("X400-1", 2, "SC-1", 1));

        RawMessage replaced = last.withConnectorAttempts(Map.of("X400-1", 3));

        assertThat(new String(replaced.bytes(), StandardCharsets.US_ASCII))
                .isEqualTo("X-Intransit-Connector-Attempts: X400-1=3\r\nSubject: s\r\n\r\nbody\r\n");
        assertThat(replaced.connectorAttempts()).isEqualTo(Map.of("X400-1", 3));
    }
}
