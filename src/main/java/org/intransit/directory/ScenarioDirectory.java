package org.intransit.directory;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.intransit.scenario.Organization;
import org.intransit.scenario.Scenario;

/**
 * A directory that holds the scenario's mailboxes as they are at the start and never changes:
 * every mailbox {@code alias} answers at {@code alias@domain} for each organization domain.
 * Replicas that lag and change during a move replace it where a scenario needs them.
 */
public final class ScenarioDirectory implements RecipientDirectory {

    /** Every server resolves through the same static directory. */
    public static Directories shared(Scenario scenario) {
        ScenarioDirectory directory = new ScenarioDirectory(scenario);
        return (server, site, kind) -> directory;
    }

    private final Organization organization;
    private final Map<String, Recipient> byAlias;

    public ScenarioDirectory(Scenario scenario) {
        this.organization = scenario.organization();
        this.byAlias = scenario.mailboxes().stream()
                .map(m -> new Recipient(m.alias(), m.displayName(), m.server(), scenario.siteOf(m.server()).name()))
                .collect(Collectors.toUnmodifiableMap(r -> r.alias().toLowerCase(Locale.ROOT), Function.identity()));
    }

    @Override
    public Optional<Recipient> findBySmtpAddress(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0 || !organization.accepts(address.substring(at + 1))) {
            return Optional.empty();
        }
        return Optional.ofNullable(byAlias.get(address.substring(0, at).toLowerCase(Locale.ROOT)));
    }
}
