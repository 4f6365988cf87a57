package org.intransit.transport;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * One reusable SMTP client connection (Jakarta Mail) to one listener.
 *
 * <p>Not thread-safe: a {@link Transport} is synchronized per connection, so each sending
 * thread owns its senders (see {@link SmtpConnections}). The connection opens on first use and
 * reopens after a 421 or a broken socket; before each later message an RSET checks that it is
 * still there (and clears any half transaction). The message bytes go out as they are: the harness
 * never rewrites {@code Message-ID}; it tracks messages by their {@code X-Intransit-Trace}.
 */
public final class SmtpSender implements AutoCloseable {

    private final InetSocketAddress target;
    private final Session session;
    private Transport transport;

    /**
     * @param heloName the name sent in EHLO
     * @param timeout connect, read and write timeout of the socket (wall time)
     */
    public SmtpSender(String heloName, InetSocketAddress target, Duration timeout) {
        this.target = target;
        Properties p = new Properties();
        String millis = String.valueOf(timeout.toMillis());
        p.put("mail.smtp.connectiontimeout", millis);
        p.put("mail.smtp.timeout", millis);
        p.put("mail.smtp.writetimeout", millis);
        p.put("mail.smtp.localhost", heloName);
        p.put("mail.smtp.quitwait", "false");
        // a reused connection is checked with RSET, not NOOP: the same round trip, and it also
        // clears whatever a failed transaction left behind
        p.put("mail.smtp.userset", "true");
        p.put("mail.smtp.socketFactory", NoDelaySocketFactory.INSTANCE);
        p.put("mail.smtp.socketFactory.fallback", "false");
        this.session = Session.getInstance(p);
    }

    /**
     * Sends raw RFC 5322 bytes to the given envelope; never throws for SMTP or socket trouble.
     * A connection that breaks once open is reported with {@code afterData} true: the client
     * cannot tell in which phase it broke, and "maybe delivered" is the honest answer.
     */
    public SendResult send(String envelopeFrom, List<String> recipients, byte[] message) {
        return send(envelopeFrom, recipients, message, BeforeContent.NONE);
    }

    /**
     * Sends as {@link #send(String, List, byte[])} does, calling {@code beforeContent} after the
     * server's 354 reply to DATA and before the bytes: a caller that runs transactions on several
     * connections at once can still put the messages' contents, and so everything the servers do
     * with them, in an order of its choosing. Not called when the transaction fails earlier.
     */
    public SendResult send(String envelopeFrom, List<String> recipients, byte[] message, BeforeContent beforeContent) {
        try {
            ensureConnected();
        } catch (MessagingException e) {
            closeQuietly();
            return new SendResult.Failed(describe(e), false);
        }
        try {
            SMTPMessage mime = new PreparedMessage(session, message, beforeContent);
            mime.setEnvelopeFrom(envelopeFrom);
            Address[] rcpts = new Address[recipients.size()];
            for (int i = 0; i < rcpts.length; i++) {
                rcpts[i] = new InternetAddress(recipients.get(i), false);
            }
            transport.sendMessage(mime, rcpts);
            return new SendResult.Accepted(((SMTPTransport) transport).getLastServerResponse());
        } catch (SMTPSendFailedException e) {
            return rejected(e.getReturnCode(), e);
        } catch (jakarta.mail.SendFailedException e) {
            return fromAddressFailure(e);
        } catch (MessagingException e) {
            closeQuietly();
            return new SendResult.Failed(describe(e), true);
        }
    }

    private SendResult fromAddressFailure(jakarta.mail.SendFailedException e) {
        Exception next = e.getNextException();
        while (next != null) {
            if (next instanceof org.eclipse.angus.mail.smtp.SMTPAddressFailedException af) {
                if (af.getReturnCode() == 421) {
                    closeQuietly();
                }
                return rejected(af.getReturnCode(), af);
            }
            next = next instanceof MessagingException me ? me.getNextException() : null;
        }
        return new SendResult.Failed(describe(e), false);
    }

    private SendResult rejected(int code, MessagingException e) {
        if (code == 421) {
            closeQuietly();
        }
        return new SendResult.Rejected(code, firstLine(e.getMessage()));
    }

    private void ensureConnected() throws MessagingException {
        if (transport == null) {
            transport = session.getTransport("smtp");
        }
        if (!transport.isConnected()) {
            transport.connect(target.getHostString(), target.getPort(), null, null);
        }
    }

    private static String describe(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getSimpleName() + ": " + firstLine(cause.getMessage());
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).strip();
    }

    private void closeQuietly() {
        try {
            if (transport != null) {
                transport.close();
            }
        } catch (MessagingException ignored) {
            // the connection is gone either way; the next send reconnects
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }

    /** A wait between the 354 reply to DATA and the message's bytes; see {@link #send(String, List, byte[], BeforeContent)}. */
    @FunctionalInterface
    public interface BeforeContent {

        BeforeContent NONE = () -> {};

        /** @throws InterruptedIOException when interrupted: the transaction fails after DATA */
        void await() throws InterruptedIOException;
    }
}
