package org.intransit.transport;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.intransit.mta.RawMessage;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * {@code smtp} held to the contract of every transport. The listener is a bare SubEthaSMTP
 * server for {@code EXB}: one handler per MAIL transaction collects the envelope and the DATA
 * bytes, hands them to the contract's receiver with the EHLO name as the caller, and turns a
 * refusal into a 550 (permanent) or 451 (temporary) reply to the end of DATA.
 *
 * <p>SMTP has no bind, so there are no bad credentials: this class implements
 * {@link TransportContract}, not {@link BindingTransportContract}. Received headers are switched
 * off so the receiver sees the content bytes exactly as the client sent them.
 */
class SmtpTransportTest implements TransportContract {

    @Override
    public TransportClient client() {
        return new SmtpTransportClient(Duration.ofSeconds(10));
    }

    @Override
    public RunningListener listen(TransferReceiver receiver) {
        SMTPServer server = SMTPServer.port(0)
                .bindAddress(InetAddress.getLoopbackAddress())
                .hostName("exb.contoso.example")
                .insertReceivedHeaders(false)
                .messageHandlerFactory(ctx -> new CollectingHandler(ctx, receiver))
                .serverThreadName("smtp-contract-EXB")
                .build();
        server.start();
        return new Listening(server);
    }

    @Override
    public Credentials goodCredentials() {
        return new Credentials("EXA", null, "EXA", null);
    }

    /** One MAIL transaction at EXB: {@code from → recipient* → data → done}. */
    private static final class CollectingHandler implements MessageHandler {

        /** A reply text that already starts with its code, e.g. {@code 550 5.1.1 unknown}. */
        private static final Pattern LEADING_CODE = Pattern.compile("^[2-5]\\d\\d[ -](.*)$", Pattern.DOTALL);

        private final MessageContext context;
        private final TransferReceiver receiver;
        private final List<String> recipients = new ArrayList<>();
        private String from = "";

        CollectingHandler(MessageContext context, TransferReceiver receiver) {
            this.context = context;
            this.receiver = receiver;
        }

        @Override
        public void from(String from) {
            this.from = from == null ? "" : from;
        }

        @Override
        public void recipient(String recipient) {
            recipients.add(recipient);
        }

        @Override
        public String data(InputStream data) throws RejectException, IOException {
            byte[] content = data.readAllBytes();
            String trace = new RawMessage(content).trace().orElse(null);
            String caller = context.getHelo().orElse(null);
            TransferReceiver.Refusal refusal = receiver.receive(caller,
                    new Transfer(trace, from, recipients, List.of(), content));
            if (refusal != null) {
                throw new RejectException(refusal.permanent() ? 550 : 451, withoutCode(refusal.reason()));
            }
            return null;
        }

        @Override
        public void done() {
            recipients.clear();
        }

        /** The server writes {@code code + " " + text}: drop a code the reason already carries. */
        private static String withoutCode(String reason) {
            if (reason == null || reason.isBlank()) {
                return "refused";
            }
            Matcher m = LEADING_CODE.matcher(reason.strip());
            return m.matches() ? m.group(1) : reason.strip();
        }
    }

    private record Listening(SMTPServer server) implements RunningListener {

        @Override
        public InetSocketAddress address() {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getPortAllocated());
        }

        @Override
        public void close() {
            server.stop();
        }
    }
}
