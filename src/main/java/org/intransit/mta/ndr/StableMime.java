package org.intransit.mta.ndr;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.dsn.DeliveryStatus;
import org.eclipse.angus.mail.dsn.MessageHeaders;
import org.eclipse.angus.mail.dsn.MultipartReport;

/**
 * Jakarta Mail types that leave alone what an NDR fixes. Left to themselves, {@code saveChanges()}
 * gives the report a random Message-ID and cascades into the returned headers (replacing the
 * original's Message-ID, adding MIME-Version), and the boundary embeds the wall clock. With these,
 * the same inputs give the same bytes.
 */
final class StableMime {

    private StableMime() {
    }

    /** A message whose Message-ID is the one given, not a generated one. */
    static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    /** The original's header block, returned as {@code text/rfc822-headers} exactly as it arrived. */
    static final class ReturnedHeaders extends MessageHeaders {
        ReturnedHeaders(InternetHeaders headers) throws MessagingException {
            super(headers);
        }

        @Override
        protected void updateHeaders() {
        }
    }

    /** A delivery-status report whose boundary is derived from the NDR's trace. */
    static final class Report extends MultipartReport {
        Report(String text, DeliveryStatus status, MimeMessage returned, String boundary) throws MessagingException {
            super(text, status);
            setReturnedMessage(returned);
            ContentType type = new ContentType(contentType);
            type.setParameter("boundary", boundary);
            contentType = type.toString();
        }
    }
}
