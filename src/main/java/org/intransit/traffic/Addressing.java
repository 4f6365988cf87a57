package org.intransit.traffic;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.intransit.scenario.MailboxPlan;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.ServerPlan;

/**
 * Turns the names a traffic plan uses into envelope addresses and entry servers.
 *
 * <p>A mailbox alias becomes {@code alias@smtpDomain} and submits at its home server (where its
 * home was when the scenario started: a user's client keeps talking to the server it knows).
 * {@code internet} becomes {@value #INTERNET_SENDER}; it and every address outside the
 * organization submit at the gateway.
 */
final class Addressing {

    static final String INTERNET = "internet";
    static final String INTERNET_SENDER = "someone@internet.example";

    private final Scenario scenario;
    /** Home server by lower-case alias, as the scenario starts. */
    private final Map<String, String> homes = new HashMap<>();

    Addressing(Scenario scenario) {
        this.scenario = scenario;
        for (MailboxPlan mailbox : scenario.mailboxes()) {
            homes.putIfAbsent(mailbox.alias().toLowerCase(Locale.ROOT), mailbox.server());
        }
    }

    String address(String name) {
        if (INTERNET.equals(name)) {
            return INTERNET_SENDER;
        }
        return name.contains("@") ? name : name + "@" + scenario.organization().smtpDomain();
    }

    /** The server a sender submits to. */
    String entryServer(String sender) {
        return homeOf(sender)
                .orElseGet(() -> scenario.gateway().map(ServerPlan::name).orElseThrow(() ->
                        new IllegalStateException("sender " + sender + " needs a gateway server")));
    }

    private Optional<String> homeOf(String sender) {
        String alias = sender;
        if (sender.contains("@")) {
            int at = sender.lastIndexOf('@');
            if (!scenario.organization().accepts(sender.substring(at + 1))) {
                return Optional.empty();
            }
            alias = sender.substring(0, at);
        }
        return Optional.ofNullable(homes.get(alias.toLowerCase(Locale.ROOT)));
    }
}
