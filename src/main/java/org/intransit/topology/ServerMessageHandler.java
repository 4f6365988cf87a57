package org.intransit.topology;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import org.intransit.ledger.Ledger;
import org.intransit.ledger.LedgerEvent;
import org.intransit.mta.InboundMessage;
import org.intransit.mta.RawMessage;
import org.subethamail.smtp.DropConnectionException;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.Session;

/**
 * One SMTP transaction at one server's listener ({@code from → recipient* → data → done}).
 *
 * <p>MAIL: with {@code auth} set, a client that has not authenticated gets {@code 530 5.7.0},
 * unless it is one of the harness's own: another server (its EHLO name is a server's name) or
 * the traffic injector (EHLO {@value #INJECTOR_HELO}). RCPT accepts only the organization's
 * domains ({@code 550 5.7.1} otherwise: no open relay, authenticated or not) and, with
 * {@code recipientCheck: reject}, only known recipients ({@code 550 5.1.1}); an address without
 * a domain gets {@code 501 5.1.3}. DATA is read under the size limit ({@link MessageData}), behind
 * the listener's own trace line ({@link ReceivedHeader}): over
 * it, {@code 552 5.3.4}; a client that stalls or goes away before the final dot gets
 * {@code 421 4.4.2} and the connection is closed. Only a complete message within the limit is
 * recorded as received, and each recipient's copy is handed to the MTA before the client sees 250;
 * a message that did not arrive leaves an MTA event instead ({@link ListenerEvents}).
 */
final class ServerMessageHandler implements MessageHandler {

    /** The EHLO name of the harness's traffic injector ({@code org.intransit.traffic.Injector}). */
    static final String INJECTOR_HELO = "injector.intransit.test";

    private final SimulatedServer server;
    private final MessageContext context;
    private final Ledger ledger;
    private final ListenerEvents events;
    private final List<String> recipients = new ArrayList<>();
    private String from = "";

    ServerMessageHandler(SimulatedServer server, MessageContext context, Ledger ledger, ListenerEvents events) {
        this.server = server;
        this.context = context;
        this.ledger = ledger;
        this.events = events;
    }

    @Override
    public void from(String from) throws RejectException {
        if (server.plan().auth() != null && context.getAuthenticationHandler().isEmpty() && !fromTheHarness()) {
            throw new RejectException(530, "5.7.0 Authentication required");
        }
        this.from = from == null ? "" : from;
    }

    private boolean fromTheHarness() {
        String helo = context.getHelo().orElse(null);
        return INJECTOR_HELO.equalsIgnoreCase(helo) || server.topology().peerName(helo) != null;
    }

    @Override
    public void recipient(String recipient) throws RejectException {
        int at = recipient.lastIndexOf('@');
        if (at <= 0 || at == recipient.length() - 1) {
            throw new RejectException(501, "5.1.3 <" + recipient + ">: Bad recipient address syntax");
        }
        if (!server.topology().organization().accepts(recipient.substring(at + 1))) {
            throw new RejectException(550, "5.7.1 <" + recipient + ">: Relay access denied");
        }
        if (!server.knowsRecipient(recipient)) {
            throw new RejectException(550, "5.1.1 <" + recipient + ">: Recipient address rejected: User unknown");
        }
        recipients.add(recipient);
    }

    @Override
    public String data(InputStream data) throws RejectException {
        int limit = server.plan().limits().maxMessageSize();
        byte[] received = ReceivedHeader.of(context.getHelo().orElse(null), context.getRemoteAddress(),
                server.hostName(), context.getSessionId(), recipients.size() == 1 ? recipients.get(0) : null,
                ledger.clock().wallTime());
        RawMessage content;
        try {
            content = new RawMessage(MessageData.read(data, received, limit));
        } catch (MessageData.Overflow e) {
            events.tooLarge(context.getRemoteAddress(), from, List.copyOf(recipients), e.seen(), limit);
            String refusal = "5.3.4 Message size exceeds fixed maximum message size of " + limit + " bytes";
            if (e.drained()) {
                endTransaction();
                throw new RejectException(552, refusal);
            }
            throw new DropConnectionException(552, refusal + "; closing connection");
        } catch (SocketTimeoutException e) {
            events.dataAborted(context.getRemoteAddress(), from, List.copyOf(recipients), "stalled");
            throw new DropConnectionException(421, "4.4.2 " + server.hostName() + " Error: timeout exceeded during DATA");
        } catch (IOException e) {
            events.dataAborted(context.getRemoteAddress(), from, List.copyOf(recipients), "disconnected");
            throw new DropConnectionException(421, "4.4.2 " + server.hostName() + " Error: connection lost during DATA");
        }
        accept(content);
        return null;
    }

    /**
     * Ends the transaction after a refused DATA, as RFC 5321 4.1.1.4 requires: SubEthaSMTP keeps
     * it open, and the client's next MAIL would get {@code 503 Sender already specified}.
     */
    private void endTransaction() {
        if (context instanceof Session session) {
            session.resetMailTransaction();
        }
    }

    private void accept(RawMessage received) {
        RawMessage content = received;
        String peer = server.topology().peerName(context.getHelo().orElse(null));
        String via = peer == null ? null : server.topology().connectorForSmtp(peer, server);
        String baseTrace = content.trace().orElse(null);
        if (baseTrace == null) {
            baseTrace = server.topology().nextExternalTrace();
            content = content.withTrace(baseTrace);
        }
        int hops = content.hops();
        for (int i = 0; i < recipients.size(); i++) {
            String trace = recipients.size() == 1 ? baseTrace : baseTrace + "." + (i + 1);
            RawMessage copy = trace.equals(baseTrace) ? content : content.withTrace(trace);
            String rcpt = recipients.get(i);
            ledger.record((at, wall) -> new LedgerEvent.Received(at, wall, trace, server.name(), peer, from, rcpt, hops, "smtp"));
            server.mta().accept(new InboundMessage(trace, from, rcpt, copy, peer, via));
        }
    }

    @Override
    public void done() {
        recipients.clear();
    }
}
