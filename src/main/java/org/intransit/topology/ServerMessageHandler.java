package org.intransit.topology;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.intransit.ledger.Ledger;
import org.intransit.ledger.LedgerEvent;
import org.intransit.mta.InboundMessage;
import org.intransit.mta.RawMessage;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;

/**
 * One SMTP transaction at one server's listener ({@code from → recipient* → data → done}).
 *
 * <p>RCPT accepts only the organization's domains ({@code 550 5.7.1} otherwise: no open relay)
 * and, with {@code recipientCheck: reject}, only known recipients ({@code 550 5.1.1}). At the
 * end of DATA each recipient's copy is recorded as received and handed to the MTA before the
 * handler returns, i.e. before the client sees 250.
 */
final class ServerMessageHandler implements MessageHandler {

    private final SimulatedServer server;
    private final MessageContext context;
    private final Ledger ledger;
    private final List<String> recipients = new ArrayList<>();
    private String from = "";

    ServerMessageHandler(SimulatedServer server, MessageContext context, Ledger ledger) {
        this.server = server;
        this.context = context;
        this.ledger = ledger;
    }

    @Override
    public void from(String from) {
        this.from = from == null ? "" : from;
    }

    @Override
    public void recipient(String recipient) throws RejectException {
        int at = recipient.lastIndexOf('@');
        if (at <= 0 || !server.topology().organization().accepts(recipient.substring(at + 1))) {
            throw new RejectException(550, "5.7.1 <" + recipient + ">: Relay access denied");
        }
        if (!server.knowsRecipient(recipient)) {
            throw new RejectException(550, "5.1.1 <" + recipient + ">: Recipient address rejected: User unknown");
        }
        recipients.add(recipient);
    }

    @Override
    public String data(InputStream data) throws IOException {
        RawMessage content = new RawMessage(data.readAllBytes());
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
        return null;
    }

    @Override
    public void done() {
        recipients.clear();
    }
}
