package org.intransit.transport;

import jakarta.mail.Session;
import java.io.IOException;
import java.io.OutputStream;
import org.eclipse.angus.mail.smtp.SMTPMessage;

/**
 * A message whose RFC 5322 bytes are already written, handed to Jakarta Mail's SMTP transport
 * as they are.
 *
 * <p>Why not {@code new SMTPMessage(session, inputStream)}: that parses the headers and the body
 * only for {@link #writeTo} to write them back, and every parse and write looks up Jakarta's
 * {@code StreamProvider} through the {@code ServiceLoader} (6% of a virtual-clock run's
 * samples). Nothing here reads the parsed form: the envelope comes from
 * {@link #setEnvelopeFrom} and the recipients are given to {@code sendMessage}. The transport's
 * data stream still does the dot-stuffing and the final {@code CRLF.CRLF}.
 *
 * <p>The bytes go out whole: unlike a parsed message, no header is dropped on the way (a relaying
 * MTA does not remove {@code Bcc} either).
 */
final class PreparedMessage extends SMTPMessage {

    private final byte[] content;
    private final SmtpSender.BeforeContent beforeContent;

    /**
     * @param beforeContent called once the server answered DATA with 354, just before the bytes
     *     are written (the injector waits there for its turn)
     */
    PreparedMessage(Session session, byte[] content, SmtpSender.BeforeContent beforeContent) {
        super(session);
        this.content = content;
        this.beforeContent = beforeContent;
    }

    @Override
    public void writeTo(OutputStream out, String[] ignoredHeaders) throws IOException {
        beforeContent.await();
        out.write(content);
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        writeTo(out, null);
    }

    @Override
    public int getSize() {
        return content.length;
    }
}
