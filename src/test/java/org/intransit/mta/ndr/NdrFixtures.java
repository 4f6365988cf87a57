package org.intransit.mta.ndr;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;

/** A sample original message and the factory settings the NDR tests share. */
final class NdrFixtures {

    static final String REPORTING_MTA = "ex55a.contoso.example";
    static final String POSTMASTER = "postmaster@contoso.example";
    static final String SENDER = "carol@fabrikam.example";
    static final String RECIPIENT = "alice@contoso.example";
    static final String ORIGINAL_TRACE = "t-000042";
    static final String NDR_TRACE = "t-000042-ndr-1";
    static final Instant DATE = Instant.parse("2004-03-01T10:15:30Z");
    static final String BODY_LINE = "The body must not travel back in the report.";

    static final byte[] ORIGINAL = String.join("\r\n",
            "Received: from ex2003b.fabrikam.example by ex55a.contoso.example; Mon, 1 Mar 2004 10:15:00 +0000",
            "From: Carol <" + SENDER + ">",
            "To: Alice <" + RECIPIENT + ">",
            "Subject: Quarterly numbers",
            "Date: Mon, 1 Mar 2004 10:14:58 +0000",
            "Message-ID: <q1@fabrikam.example>",
            "X-Intransit-Trace: " + ORIGINAL_TRACE,
            "",
            BODY_LINE,
            "").getBytes(StandardCharsets.US_ASCII);

    private NdrFixtures() {
    }

    static Ndr build(NdrCause cause) {
        return new NdrFactory(REPORTING_MTA, POSTMASTER)
                .build(NDR_TRACE, ORIGINAL_TRACE, SENDER, RECIPIENT, cause, ORIGINAL, DATE);
    }

    static MimeMessage parse(byte[] bytes) throws MessagingException {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
    }
}
