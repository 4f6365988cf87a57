package org.intransit.topology;

import java.io.IOException;
import org.subethamail.smtp.DropConnectionException;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.internal.server.BaseCommand;
import org.subethamail.smtp.internal.util.SMTPResponseHelper;
import org.subethamail.smtp.server.Session;

/**
 * SubEthaSMTP's DATA command with the message read in bulk ({@link BulkDataStream}) instead of a
 * byte at a time; it replaces the built-in one in each listener ({@link SmtpListeners}).
 *
 * <p>The dialogue is SubEthaSMTP's, reply for reply: {@code 503} without MAIL or RCPT, then
 * {@code 354}; the handler's {@link RejectException} is the reply to the final dot and leaves the
 * transaction to the handler, a {@link DropConnectionException} ends the session, and otherwise
 * the reply is {@code 250 Ok} and the transaction ends. It adds no {@code Received:} header: the
 * handler writes its own ({@link ServerMessageHandler}). SubEthaSMTP's command classes are not
 * its API ({@code internal}); this one uses only {@link Session}'s public methods.
 */
final class BulkDataCommand extends BaseCommand {

    BulkDataCommand() {
        super("DATA", "Following text is collected as the message.\nEnd data with <CR><LF>.<CR><LF>");
    }

    @Override
    public void execute(String commandString, Session session) throws IOException, DropConnectionException {
        if (!session.isMailTransactionInProgress()) {
            session.sendResponse("503 5.5.1 Error: need MAIL command");
            return;
        }
        if (session.getRecipientCount() == 0) {
            session.sendResponse("503 Error: need RCPT command");
            return;
        }
        session.sendResponse("354 End data with <CR><LF>.<CR><LF>");
        BulkDataStream data = new BulkDataStream(session.getRawInput());
        String reply;
        try {
            reply = session.getMessageHandler().data(data);
            data.drain();
        } catch (DropConnectionException e) {
            throw e;
        } catch (RejectException e) {
            session.sendResponse(e.getErrorResponse());
            return;
        }
        session.sendResponse(reply == null ? "250 Ok" : SMTPResponseHelper.buildResponse("250", reply));
        session.resetMailTransaction();
    }
}
