package org.intransit.topology;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Properties;
import org.intransit.harness.Harness;
import org.intransit.harness.RunOptions;
import org.intransit.ledger.LedgerEvent;
import org.intransit.mta.StoredMessage;
import org.intransit.scenario.ScenarioLoader;

/**
 * A harness with one server, EX1 (mailboxes alice and bob), whose listener takes the settings a
 * test gives; plus a well-behaved Jakarta Mail client to show the listener still serves.
 */
final class ListenerFixture implements AutoCloseable {

    final Harness harness;
    final SimulatedServer server;
    final InetSocketAddress address;

    private ListenerFixture(String ex1Settings) {
        harness = Harness.start(ScenarioLoader.parse("""
                name: listener
                duration: 1h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: HQ
                    servers:
                      - { name: EX1, kind: exchange2003, gateway: true%s }
                mailboxes: [ { alias: alice, server: EX1 }, { alias: bob, server: EX1 } ]
                """.formatted(ex1Settings.isBlank() ? "" : ", " + ex1Settings), "listener.yaml"), RunOptions.defaults());
        server = harness.topology().server("EX1").orElseThrow();
        address = server.address().orElseThrow();
    }

    /** {@code ex1Settings}: server keys in flow style, e.g. {@code limits: { maxRecipients: 2 }}. */
    static ListenerFixture start(String ex1Settings) {
        return new ListenerFixture(ex1Settings);
    }

    /** Subjects in a mailbox, in delivery order. */
    List<String> subjects(String alias) {
        return server.store().messages(alias).stream().map(StoredMessage::subject).toList();
    }

    /** Sends one ordinary message to alice with Jakarta Mail; throws if it is not accepted. */
    void sendNormal(String subject) throws MessagingException {
        send(subject, new Properties(), null, null);
    }

    /**
     * Sends one message to alice with Jakarta Mail and the given extra session properties
     * ({@code mail.smtp.starttls.enable}, ...), logging in when {@code user} is given.
     */
    void send(String subject, Properties extra, String user, String password) throws MessagingException {
        sendTo(address, subject, extra, user, password);
    }

    /** As {@link #send}, to any listener. */
    static void sendTo(InetSocketAddress address, String subject, Properties extra, String user, String password)
            throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", address.getHostString());
        props.put("mail.smtp.port", String.valueOf(address.getPort()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.localhost", "client.test");
        props.putAll(extra);
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress("someone@client.test"));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("alice@contoso.example"));
        message.setSubject(subject);
        message.setText("an ordinary message");
        if (user == null) {
            Transport.send(message);
        } else {
            Transport.send(message, user, password);
        }
    }

    /** The ledger's records of one kind. */
    <E extends LedgerEvent> List<E> events(Class<E> type) {
        return harness.ledger().snapshot().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The MTA event log entries with {@code id}. */
    List<LedgerEvent.MtaEventLogged> mtaEvents(int id) {
        return events(LedgerEvent.MtaEventLogged.class).stream().filter(e -> e.id() == id).toList();
    }

    @Override
    public void close() {
        harness.close();
    }
}
