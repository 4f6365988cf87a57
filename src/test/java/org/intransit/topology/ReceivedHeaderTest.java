package org.intransit.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.intransit.mta.RawMessage;
import org.junit.jupiter.api.Test;

/** The listener's own trace line. */
class ReceivedHeaderTest {

    private static final InetSocketAddress CLIENT = new InetSocketAddress("127.0.0.1", 40123);

    @Test
    void receivedHeaderShouldNameTheClientTheServerTheSessionAndTheOnlyRecipient() {
        byte[] header = ReceivedHeader.of("client.test", CLIENT, "ex1.contoso.example", "s-42", "alice@contoso.example",
                Instant.parse("2026-11-25T14:10:23.456Z"));

        assertThat(new String(header, StandardCharsets.US_ASCII)).isEqualTo("""
                Received: from client.test ([127.0.0.1])\r
                        by ex1.contoso.example\r
                        with SMTP (intransit) id s-42\r
                        for <alice@contoso.example>;\r
                        Wed, 25 Nov 2026 14:10:23 GMT\r
                """);
    }

    @Test
    void receivedHeaderShouldCountAsOneHopWithoutARecipientLineWhenThereAreSeveral() {
        byte[] header = ReceivedHeader.of(null, CLIENT, "ex1.contoso.example", "s-43", null,
                Instant.parse("2026-11-25T14:10:24Z"));
        String text = new String(header, StandardCharsets.US_ASCII);

        assertThat(text).startsWith("Received: from unknown ([127.0.0.1])").doesNotContain("for <")
                .endsWith("Wed, 25 Nov 2026 14:10:24 GMT\r\n");
        assertThat(new RawMessage((text + "Subject: x\r\n\r\nbody\r\n").getBytes(StandardCharsets.US_ASCII)).hops())
                .isEqualTo(1);
    }

    @Test
    void dateShouldFollowTheClockFromOneSecondToTheNext() {
        assertThat(ReceivedHeader.date(Instant.parse("2026-11-25T14:10:23.999Z"))).isEqualTo("Wed, 25 Nov 2026 14:10:23 GMT");
        assertThat(ReceivedHeader.date(Instant.parse("2026-11-25T14:10:24.001Z"))).isEqualTo("Wed, 25 Nov 2026 14:10:24 GMT");
        assertThat(ReceivedHeader.date(Instant.parse("2026-11-25T14:10:23.000Z"))).isEqualTo("Wed, 25 Nov 2026 14:10:23 GMT");
    }
}
