package org.intransit.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * GreenMail's SMTP server as the benchmark's peer: GreenMail as its users run it (defaults,
 * storing every message in the recipient's mailbox, users created on first delivery), bound to
 * 127.0.0.1 on a free port. Runs with only GreenMail and its dependencies on the class path.
 *
 * <p>Prints {@code READY port}; then on stdin: {@code count} → {@code COUNT n} (messages
 * stored), {@code purge} → {@code PURGED} (empties the mailboxes between measurements),
 * {@code quit}. Exits when stdin closes.
 */
public final class GreenMailBenchServer {

    private GreenMailBenchServer() {}

    public static void main(String[] args) throws Exception {
        GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        System.out.println("READY " + greenMail.getSmtp().getPort());
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = in.readLine()) != null) {
                switch (line.trim()) {
                    case "count" -> System.out.println("COUNT " + greenMail.getReceivedMessages().length);
                    case "purge" -> {
                        greenMail.purgeEmailFromAllMailboxes();
                        System.gc();
                        System.out.println("PURGED");
                    }
                    case "quit" -> {
                        System.out.println("BYE");
                        return;
                    }
                    default -> System.out.println("ERROR unknown command " + line);
                }
                System.out.flush();
            }
        } finally {
            greenMail.stop();
        }
    }
}
