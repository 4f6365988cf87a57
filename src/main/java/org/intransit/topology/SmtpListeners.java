package org.intransit.topology;

import java.net.InetAddress;
import java.util.concurrent.ExecutorService;
import org.intransit.scenario.ServerPlan;
import org.subethamail.smtp.MessageHandlerFactory;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.server.SMTPServer;

/**
 * Builds a server's SubEthaSMTP listener from its plan: the limits, STARTTLS with a
 * self-signed certificate when {@code tls} is set, and AUTH PLAIN/LOGIN when {@code auth} is.
 *
 * <p>AUTH is offered, not required by SubEthaSMTP ({@code requireAuth} would refuse the other
 * servers too); {@link ServerMessageHandler} refuses MAIL from an unauthenticated outside client.
 * The listen backlog is 1024: the JDK's 50 drops connections under churn.
 *
 * <p>DATA is intransit's own command ({@link BulkDataCommand}), which reads the message in bulk;
 * SubEthaSMTP's {@code Received:} header is off, and {@link ServerMessageHandler} writes one
 * instead, for DATA and BDAT alike.
 */
final class SmtpListeners {

    static final String SOFTWARE = "intransit";
    private static final int BACKLOG = 1024;

    private SmtpListeners() {}

    static SMTPServer build(ServerPlan plan, String hostName, InetAddress bind, int port, ExecutorService sessions,
            MessageHandlerFactory handlers) {
        ServerPlan.Limits limits = plan.limits();
        SMTPServer.Builder builder = SMTPServer.port(port)
                .bindAddress(bind)
                .hostName(hostName)
                .softwareName(SOFTWARE)
                .backlog(BACKLOG)
                .executorService(sessions)
                .maxMessageSize(limits.maxMessageSize())
                .connectionTimeoutMs(Math.toIntExact(limits.connectionTimeout().toMillis()))
                .maxConnections(limits.maxConnections())
                .maxRecipients(limits.maxRecipients())
                .messageHandlerFactory(handlers)
                .insertReceivedHeaders(false)
                .serverThreadName("intransit-listener-" + plan.name());
        if (plan.tls()) {
            builder.enableTLS().startTlsSocketFactory(SelfSignedTls.contextFor(hostName));
        }
        if (plan.auth() != null) {
            builder.authenticationHandlerFactory(new EasyAuthenticationHandlerFactory(new AuthValidator(plan.auth())));
        }
        SMTPServer server = builder.build();
        server.getCommandHandler().addCommand(new BulkDataCommand());
        return server;
    }
}
